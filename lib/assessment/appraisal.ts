import "server-only";
// Appraisal (thẩm định) by Home Affairs: an appraised value per leaf beside the unit's own, a reason
// for every change from it, comments to the unit; optimistic versions so that two appraisers never
// overwrite each other silently.
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { can } from "../auth/permissions";
import { notify, unitPeople } from "../notices/notify";
import { recordAudit } from "../audit/record";
import { DomainError, ForbiddenError } from "../errors";
import { fmtDateTime } from "../format";
import { assertUnitInRound, forUnit, loadRound, loadUnit, roundLeaves, type AssessmentUser } from "./context";
import { lockRound } from "./locks";
import { isBlank, isSelfScored, sameValue, valueError } from "./validation";
import type { AppraisalInput } from "./schemas";

export type AppraisedCurrent = {
  appraisedValue: string | null;
  notApplicable: boolean;
  reason: string | null;
  comment: string | null;
  version: number;
  by: string | null;
  at: string | null;
};
export type AppraisalResult =
  | { ok: true; version: number }
  | {
      ok: false;
      error: string;
      fieldErrors?: Record<string, string[] | undefined>;
      conflict?: AppraisedCurrent;
    };

function assertAppraiser(user: AssessmentUser) {
  if (!can(user, "appraisal:write")) throw new ForbiddenError("Bạn không có quyền thẩm định.");
}

/**
 * Appraisal starts when the unit has submitted, or when the round has moved to appraisal. Inside
 * the appraisal's transaction (`tx`) the submission is read in share mode until commit, so a
 * return to the unit committed meanwhile is seen, and one in flight waits for the appraisal.
 */
async function assertAppraisable(
  round: { id: number; status: string },
  unitId: number,
  tx?: Prisma.TransactionClient,
) {
  if (round.status === "DRAFT") throw new DomainError("Đợt đánh giá chưa mở: chưa thể thẩm định.", 422);
  if (round.status !== "OPEN") return;
  const sub = tx
    ? (
        await tx.$queryRaw<
          { status: string }[]
        >`SELECT status FROM "UnitSubmission" WHERE "roundId" = ${round.id} AND "unitId" = ${unitId} FOR SHARE`
      )[0]
    : await db().unitSubmission.findUnique({
        where: { roundId_unitId: { roundId: round.id, unitId } },
        select: { status: true },
      });
  if (sub?.status !== "SUBMITTED")
    throw new DomainError(
      "Đơn vị chưa nộp tự đánh giá: chưa thể thẩm định (hoặc chuyển đợt sang thẩm định).",
      422,
    );
}

export async function appraiseValue(user: AssessmentUser, input: AppraisalInput): Promise<AppraisalResult> {
  assertAppraiser(user);
  const [round, unit] = await Promise.all([loadRound(input.roundId), loadUnit(input.unitId)]);
  assertUnitInRound(unit, round);
  await assertAppraisable(round, unit.id);
  const stored = (await roundLeaves(round.criteriaSetId)).get(input.code);
  const leaf = stored ? forUnit(stored, unit.type) : null;
  if (!stored || !leaf || !isSelfScored(leaf))
    return {
      ok: false,
      error: `Tiêu chí ${input.code} không được thẩm định tại đây (điều tra xã hội học hoặc số liệu từ hồ sơ)`,
    };

  const fieldErrors: Record<string, string[]> = {};
  if (!input.notApplicable) {
    if (isBlank(input.appraisedValue))
      fieldErrors.appraisedValue = [`Tiêu chí ${input.code}: nhập giá trị thẩm định`];
    else {
      const e = valueError(leaf, input.appraisedValue);
      if (e) fieldErrors.appraisedValue = [e];
    }
  }
  const old = await db().assessmentValue.findUnique({
    where: { roundId_unitId_nodeId: { roundId: round.id, unitId: unit.id, nodeId: stored.nodeId } },
  });
  const changed =
    input.notApplicable !== (old?.notApplicable ?? false) ||
    (!input.notApplicable && !sameValue(input.appraisedValue, old?.selfValue));
  if (changed && !input.reason)
    fieldErrors.reason = [
      `Tiêu chí ${input.code}: giá trị thẩm định khác giá trị tự đánh giá, cần ghi lý do`,
    ];
  if (Object.keys(fieldErrors).length)
    return { ok: false, error: Object.values(fieldErrors).flat()[0]!, fieldErrors };

  const next = {
    appraisedValue: input.notApplicable ? null : (input.appraisedValue ?? null),
    notApplicable: input.notApplicable,
    appraisalReason: input.reason ?? null,
    appraisalComment: input.comment ?? null,
  };
  const audit = (id: number, before: typeof old, tx: Parameters<typeof recordAudit>[1]) =>
    recordAudit(
      {
        actor: { id: user.id, username: user.username },
        action: "appraise",
        entity: "AssessmentValue",
        entityId: id,
        unitId: unit.id,
        roundId: round.id,
        criterionCode: input.code,
        oldValue: before
          ? {
              selfValue: before.selfValue,
              appraisedValue: before.appraisedValue,
              notApplicable: before.notApplicable,
              comment: before.appraisalComment,
            }
          : null,
        newValue: {
          appraisedValue: next.appraisedValue,
          notApplicable: next.notApplicable,
          comment: next.appraisalComment,
        },
        reason: next.appraisalReason,
      },
      tx,
    );
  // the unit hears of a value the appraisers changed from its own, with the reason (issue 14)
  const tellUnit = async (tx: Prisma.TransactionClient, id: number, version: number, self: string | null) => {
    if (!changed) return;
    const shown = next.notApplicable ? "không áp dụng" : `"${next.appraisedValue}"`;
    await notify(tx, await unitPeople(tx, [unit.id]), {
      kind: "APPRAISAL_CHANGED",
      key: `tham-dinh:${id}:${version}`,
      text: `${round.name}: tiêu chí ${input.code} được thẩm định là ${shown} (tự đánh giá: ${self === null ? "—" : `"${self}"`}). Lý do: ${next.appraisalReason ?? ""}`,
      link: `/tu-danh-gia?dot=${round.id}`,
    });
  };
  const stamp = { appraisedById: user.id, appraisedAt: new Date(), updatedById: user.id };
  // Checked again with the round held in share mode until commit (./locks.ts): a publication waits
  // for this appraisal to be frozen with it, or this appraisal waits and comes after the publication.
  const lockAndCheck = async (tx: Prisma.TransactionClient) =>
    assertAppraisable(await lockRound(tx, round.id, "share"), unit.id, tx);
  if ((old?.version ?? 0) !== input.version) return conflict(input.code, old);
  if (!old) {
    try {
      return await db().$transaction(async (tx) => {
        await lockAndCheck(tx);
        const row = await tx.assessmentValue.create({
          data: { roundId: round.id, unitId: unit.id, nodeId: stored.nodeId, ...next, ...stamp },
        });
        await audit(row.id, null, tx);
        await tellUnit(tx, row.id, row.version, null);
        return { ok: true as const, version: row.version };
      });
    } catch (e) {
      if ((e as { code?: string }).code === "P2002")
        return conflict(
          input.code,
          await db().assessmentValue.findUnique({
            where: { roundId_unitId_nodeId: { roundId: round.id, unitId: unit.id, nodeId: stored.nodeId } },
          }),
        );
      throw e;
    }
  }
  const saved = await db().$transaction(async (tx) => {
    await lockAndCheck(tx);
    const n = await tx.assessmentValue.updateMany({
      where: { id: old.id, version: old.version },
      data: { ...next, ...stamp, version: { increment: 1 } },
    });
    if (n.count === 0) return false;
    await audit(old.id, old, tx);
    await tellUnit(tx, old.id, old.version + 1, old.selfValue);
    return true;
  });
  if (!saved) return conflict(input.code, await db().assessmentValue.findUnique({ where: { id: old.id } }));
  return { ok: true, version: old.version + 1 };
}

type Row = {
  appraisedValue: string | null;
  notApplicable: boolean;
  appraisalReason: string | null;
  appraisalComment: string | null;
  version: number;
  updatedById: number | null;
  updatedAt: Date;
} | null;

async function conflict(code: string, row: Row): Promise<AppraisalResult> {
  const by = row?.updatedById
    ? ((await db().user.findUnique({ where: { id: row.updatedById }, select: { name: true } }))?.name ?? null)
    : null;
  const current: AppraisedCurrent = {
    appraisedValue: row?.appraisedValue ?? null,
    notApplicable: row?.notApplicable ?? false,
    reason: row?.appraisalReason ?? null,
    comment: row?.appraisalComment ?? null,
    version: row?.version ?? 0,
    by,
    at: row?.updatedAt.toISOString() ?? null,
  };
  const shown =
    current.appraisedValue === null
      ? current.notApplicable
        ? "không áp dụng"
        : "(chưa thẩm định)"
      : `"${current.appraisedValue}"`;
  return {
    ok: false,
    conflict: current,
    error: `Tiêu chí ${code} vừa được ${by ?? "người khác"} cập nhật${row ? ` lúc ${fmtDateTime(row.updatedAt)}` : ""}: giá trị thẩm định hiện tại là ${shown}. Giá trị đó được hiển thị để bạn so sánh; giá trị bạn nhập vẫn được giữ.`,
  };
}

/** The appraisers' general comment to the unit (UnitSubmission.comment). */
export async function setUnitComment(
  user: AssessmentUser,
  input: { roundId: number; unitId: number; comment: string | null },
) {
  assertAppraiser(user);
  // the comment and its audit entry are written together or not at all; the round is held in share
  // mode like any appraisal, so a publication freezes the comment as it was before or after (./locks.ts)
  await db().$transaction(async (tx) => {
    await lockRound(tx, input.roundId, "share");
    const where = { roundId_unitId: { roundId: input.roundId, unitId: input.unitId } };
    const old = await tx.unitSubmission.findUnique({ where });
    const sub = await tx.unitSubmission.upsert({
      where,
      create: { roundId: input.roundId, unitId: input.unitId, comment: input.comment },
      update: { comment: input.comment },
    });
    await recordAudit(
      {
        actor: { id: user.id, username: user.username },
        action: "update",
        entity: "UnitSubmission",
        entityId: sub.id,
        unitId: input.unitId,
        roundId: input.roundId,
        oldValue: { comment: old?.comment ?? null },
        newValue: { comment: input.comment },
      },
      tx,
    );
  });
}
