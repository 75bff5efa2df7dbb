import "server-only";
// Evaluation rounds (đợt đánh giá): one per year and group, on a chosen criteria set version, with
// a self-assessment window and a status DRAFT → OPEN → APPRAISAL → PUBLISHED. Every change audited.
import { z } from "zod";
import { db } from "../db/client";
import { can } from "../auth/permissions";
import { groupPeople, notify } from "../notices/notify";
import { recordAudit } from "../audit/record";
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from "../errors";
import { referenceDay, roundUnits } from "../results/round-inputs";
import { fmtDate } from "../format";
import { groupLabel } from "../labels";
import { forUnit, loadRound, roundLeaves, type AssessmentUser } from "./context";
import { documentDate } from "./schemas";
import { isSelfScored } from "./validation";

export const ROUND_STEPS: Record<string, string[]> = {
  DRAFT: ["OPEN"],
  OPEN: ["APPRAISAL", "DRAFT"],
  APPRAISAL: ["OPEN"],
  PUBLISHED: ["APPRAISAL"],
};

const windowFields = {
  selfAssessmentStart: documentDate.refine((d) => d !== null, { message: "Nhập ngày bắt đầu" }),
  selfAssessmentEnd: documentDate.refine((d) => d !== null, { message: "Nhập ngày kết thúc" }),
};
const endAfterStart = (v: { selfAssessmentStart: Date | null; selfAssessmentEnd: Date | null }) =>
  !v.selfAssessmentStart || !v.selfAssessmentEnd || v.selfAssessmentEnd >= v.selfAssessmentStart;
const endMessage = { message: "Ngày kết thúc phải từ ngày bắt đầu trở đi", path: ["selfAssessmentEnd"] };

export const roundInput = z
  .object({
    year: z.coerce
      .number({ message: "Nhập năm" })
      .int()
      .min(2000, { message: "Năm không hợp lệ" })
      .max(2100, { message: "Năm không hợp lệ" }),
    group: z.string().trim().min(1, { message: "Chọn khối" }).max(20),
    criteriaSetId: z.coerce
      .number({ message: "Chọn bộ tiêu chí" })
      .int()
      .positive({ message: "Chọn bộ tiêu chí" }),
    name: z.string().trim().min(3, { message: "Nhập tên đợt (ít nhất 3 ký tự)" }).max(200),
    /** the day whose units the round assesses; empty = 31/12 of the year */
    referenceDate: documentDate,
    ...windowFields,
  })
  .refine(endAfterStart, endMessage);

export const windowInput = z
  .object({ roundId: z.coerce.number().int().positive(), ...windowFields })
  .refine(endAfterStart, endMessage);
export const statusInput = z.object({
  roundId: z.coerce.number().int().positive(),
  status: z.enum(["DRAFT", "OPEN", "APPRAISAL"]),
});

function assertManager(user: AssessmentUser) {
  if (!can(user, "rounds:manage")) throw new ForbiddenError("Bạn không có quyền quản lý đợt đánh giá.");
}
const actorOf = (u: AssessmentUser) => ({ id: u.id, username: u.username });
const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

export async function listRounds() {
  return db().evaluationRound.findMany({
    orderBy: [{ year: "desc" }, { group: "asc" }],
    include: {
      criteriaSet: { select: { name: true, version: true } },
      _count: { select: { snapshots: true } },
    },
  });
}

export async function criteriaSetChoices() {
  return db().criteriaSet.findMany({
    orderBy: [{ year: "desc" }, { group: "asc" }, { version: "desc" }],
    select: { id: true, name: true, year: true, group: true, version: true },
  });
}

export async function createRound(user: AssessmentUser, input: z.infer<typeof roundInput>) {
  assertManager(user);
  const set = await db().criteriaSet.findUnique({
    where: { id: input.criteriaSetId },
    select: { year: true, group: true },
  });
  if (!set) throw new DomainError("Không tìm thấy bộ tiêu chí", 422, { criteriaSetId: ["Chọn bộ tiêu chí"] });
  if (set.group !== input.group)
    throw new DomainError("Bộ tiêu chí thuộc khối khác", 422, {
      criteriaSetId: [`Bộ tiêu chí này dành cho khối ${set.group}`],
    });
  if (
    await db().evaluationRound.findUnique({ where: { year_group: { year: input.year, group: input.group } } })
  ) {
    throw new DomainError("Đã có đợt đánh giá cho năm và khối này", 422, {
      year: [`Khối ${input.group} đã có đợt đánh giá năm ${input.year}`],
    });
  }
  // A round assesses the units that exist on its reference day: after the 2025 reorganisation there
  // are no districts, and a group whose units have all ended cannot get a round.
  const reference = referenceDay(input);
  if (reference.getUTCFullYear() !== input.year) {
    throw new DomainError("Ngày tham chiếu phải thuộc năm đánh giá", 422, {
      referenceDate: [`Chọn một ngày trong năm ${input.year}`],
    });
  }
  if (
    !(await roundUnits({ group: input.group, year: input.year, referenceDate: input.referenceDate })).length
  ) {
    throw new DomainError(
      `Khối ${groupLabel(input.group)} không có đơn vị nào còn hiệu lực ngày ${fmtDate(reference)}`,
      422,
      {
        group: [
          `Không có đơn vị nào của khối này còn hiệu lực ngày ${fmtDate(reference)} (đơn vị đã giải thể, sáp nhập hoặc chưa thành lập)`,
        ],
      },
    );
  }
  return db().$transaction(async (tx) => {
    const round = await tx.evaluationRound.create({ data: { ...input, status: "DRAFT" } });
    await recordAudit(
      {
        actor: actorOf(user),
        action: "create",
        entity: "EvaluationRound",
        entityId: round.id,
        roundId: round.id,
        newValue: {
          ...input,
          referenceDate: day(input.referenceDate),
          selfAssessmentStart: day(input.selfAssessmentStart),
          selfAssessmentEnd: day(input.selfAssessmentEnd),
          status: "DRAFT",
        },
      },
      tx,
    );
    return round;
  });
}

export async function setWindow(user: AssessmentUser, input: z.infer<typeof windowInput>) {
  assertManager(user);
  await db().$transaction(async (tx) => {
    const old = await loadRound(input.roundId, tx);
    await tx.evaluationRound.update({
      where: { id: old.id },
      data: { selfAssessmentStart: input.selfAssessmentStart, selfAssessmentEnd: input.selfAssessmentEnd },
    });
    await recordAudit(
      {
        actor: actorOf(user),
        action: "update",
        entity: "EvaluationRound",
        entityId: old.id,
        roundId: old.id,
        oldValue: {
          selfAssessmentStart: day(old.selfAssessmentStart),
          selfAssessmentEnd: day(old.selfAssessmentEnd),
        },
        newValue: {
          selfAssessmentStart: day(input.selfAssessmentStart),
          selfAssessmentEnd: day(input.selfAssessmentEnd),
        },
      },
      tx,
    );
  });
}

/** Moves along the allowed steps; PUBLISHED is reached only by publishing. */
export async function setRoundStatus(user: AssessmentUser, input: z.infer<typeof statusInput>) {
  assertManager(user);
  await db().$transaction(async (tx) => {
    const old = await loadRound(input.roundId, tx);
    if (!ROUND_STEPS[old.status]?.includes(input.status))
      throw new DomainError(`Không thể chuyển đợt từ ${old.status} sang ${input.status}`, 422);
    if (input.status === "OPEN" && (!old.selfAssessmentStart || !old.selfAssessmentEnd))
      throw new DomainError("Đặt thời gian tự đánh giá trước khi mở đợt", 422);
    // Only from the status we checked: a concurrent move (or publication) makes this a conflict.
    const { count } = await tx.evaluationRound.updateMany({
      where: { id: old.id, status: old.status },
      data: { status: input.status },
    });
    if (!count)
      throw new ConflictError("Đợt đánh giá vừa được người khác chuyển trạng thái. Vui lòng tải lại trang.");
    await recordAudit(
      {
        actor: actorOf(user),
        action: "update",
        entity: "EvaluationRound",
        entityId: old.id,
        roundId: old.id,
        oldValue: { status: old.status },
        newValue: { status: input.status },
      },
      tx,
    );
    if (input.status === "OPEN")
      await notify(tx, await groupPeople(tx, old.group), {
        kind: "ROUND_OPENED",
        key: `mo-dot:${old.id}`,
        text: `${old.name} (năm ${old.year}) đã mở: tự đánh giá và nộp trước ngày ${fmtDate(old.selfAssessmentEnd)}`,
        link: `/tu-danh-gia?dot=${old.id}`,
      });
  });
}

export type UnitProgress = {
  unitId: number;
  code: string;
  name: string;
  status: "DRAFT" | "SUBMITTED" | null;
  submittedAt: Date | null;
  filled: number;
  total: number;
  appraised: number;
};

/** Every unit of the round with how complete its self-assessment and its appraisal are. */
export async function roundProgress(roundId: number): Promise<UnitProgress[]> {
  const round = await db().evaluationRound.findUnique({ where: { id: roundId } });
  if (!round) throw new NotFoundError("Không tìm thấy đợt đánh giá");
  const [units, leaves, subs, values] = await Promise.all([
    roundUnits(round),
    roundLeaves(round.criteriaSetId),
    db().unitSubmission.findMany({ where: { roundId } }),
    db().assessmentValue.findMany({
      where: { roundId },
      select: { unitId: true, nodeId: true, selfValue: true, notApplicable: true, appraisedAt: true },
    }),
  ]);
  const subOf = new Map(subs.map((s) => [s.unitId, s]));
  const valuesOf = new Map<number, typeof values>();
  for (const v of values) valuesOf.set(v.unitId, [...(valuesOf.get(v.unitId) ?? []), v]);
  return units.map((u) => {
    const own = new Set(
      [...leaves.values()].filter((l) => isSelfScored(forUnit(l, u.type))).map((l) => l.nodeId),
    );
    const vs = (valuesOf.get(u.id) ?? []).filter((v) => own.has(v.nodeId));
    const s = subOf.get(u.id);
    return {
      unitId: u.id,
      code: u.code,
      name: u.name,
      status: s?.status ?? null,
      submittedAt: s?.submittedAt ?? null,
      total: own.size,
      filled: vs.filter((v) => v.notApplicable || (v.selfValue !== null && v.selfValue.trim() !== "")).length,
      appraised: vs.filter((v) => v.appraisedAt !== null).length,
    };
  });
}

/** Rounds of a group, newest first, and the one to show: the asked one, else the open one, else the newest. */
export async function roundsOfGroup(group: string, asked?: number | null) {
  const rounds = await db().evaluationRound.findMany({
    where: { group, status: { not: "DRAFT" } },
    orderBy: { year: "desc" },
    select: { id: true, name: true, year: true, status: true },
  });
  const current =
    rounds.find((r) => r.id === asked) ?? rounds.find((r) => r.status === "OPEN") ?? rounds[0] ?? null;
  return { rounds, current };
}

/** Rounds Home Affairs appraises: every round past DRAFT; by default the first in appraisal, else open. */
export async function appraisalRounds(asked?: number | null) {
  const rounds = await db().evaluationRound.findMany({
    where: { status: { not: "DRAFT" } },
    orderBy: [{ year: "desc" }, { group: "asc" }],
    select: { id: true, name: true, year: true, group: true, status: true },
  });
  const current =
    rounds.find((r) => r.id === asked) ??
    rounds.find((r) => r.status === "APPRAISAL") ??
    rounds.find((r) => r.status === "OPEN") ??
    rounds[0] ??
    null;
  return { rounds, current };
}

/** One round with its criteria set's name and version; null when there is none with this id. */
export async function roundById(id: number) {
  return db().evaluationRound.findUnique({
    where: { id },
    include: { criteriaSet: { select: { name: true, version: true } } },
  });
}
