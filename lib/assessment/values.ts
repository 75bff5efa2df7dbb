import "server-only";
// A unit's self-assessment values: saved leaf by leaf with optimistic versions, only inside the
// window and before submission, each change audited with old and new.
import { db, type Db } from "../db/client";
import { requireUnitAccess } from "../auth/forbidden";
import type { Prisma } from "../db/generated/client";
import { recordAudit } from "../audit/record";
import { DomainError } from "../errors";
import { fmtDate, fmtDateTime } from "../format";
import { assertUnitInRound, forUnit, loadRound, loadUnit, roundLeaves, type AssessmentUser } from "./context";
import { selfInputErrors } from "./validation";
import { windowProblem } from "./window";
import { lockRound, lockSubmission } from "./locks";
import type { SelfValueItem, SelfValuesInput } from "./schemas";

export type CurrentValue = {
  selfValue: string | null;
  notApplicable: boolean;
  explanation: string | null;
  version: number;
  by: string | null;
  at: string | null;
};

export type LeafSaveResult =
  | { code: string; ok: true; version: number; valueId: number | null }
  | {
      code: string;
      ok: false;
      error: string;
      fieldErrors?: Record<string, string[] | undefined>;
      conflict?: CurrentValue;
    };

/** Refuses unit edits outside the window or after submission (clear Vietnamese message). */
export async function assertUnitMayEdit(
  round: Parameters<typeof windowProblem>[0] & { id: number },
  unitId: number,
  now = new Date(),
) {
  assertMayEdit(
    round,
    await db().unitSubmission.findUnique({
      where: { roundId_unitId: { roundId: round.id, unitId } },
      select: { status: true, submittedAt: true },
    }),
    now,
  );
}

/** The same check inside a unit's write, under the locks a submit and a status change wait for (./locks.ts). */
export async function lockUnitEdit(
  tx: Prisma.TransactionClient,
  user: AssessmentUser,
  roundId: number,
  unitId: number,
  now: Date,
) {
  const round = await lockRound(tx, roundId, "share");
  assertMayEdit(round, await lockSubmission(tx, user, roundId, unitId, "share"), now);
}

function assertMayEdit(
  round: Parameters<typeof windowProblem>[0],
  sub: { status: string; submittedAt: Date | null } | null,
  now: Date,
) {
  const problem = windowProblem(round, now);
  if (problem) throw new DomainError(problem, 422);
  if (sub?.status === "SUBMITTED")
    throw new DomainError(
      `Đơn vị đã nộp tự đánh giá ngày ${fmtDate(sub.submittedAt)}: không thể sửa nữa.`,
      422,
    );
}

export async function saveSelfValues(
  user: AssessmentUser,
  input: SelfValuesInput,
  now = new Date(),
): Promise<{ results: LeafSaveResult[] }> {
  await requireUnitAccess(user, "assessment:write", input.unitId, `values:${input.roundId}:${input.unitId}`);
  const [round, unit] = await Promise.all([loadRound(input.roundId), loadUnit(input.unitId)]);
  assertUnitInRound(unit, round);
  await assertUnitMayEdit(round, unit.id, now);
  const leaves = await roundLeaves(round.criteriaSetId);
  const results: LeafSaveResult[] = [];
  for (const item of input.items) {
    const leaf = leaves.get(item.code);
    if (!leaf) {
      results.push({
        code: item.code,
        ok: false,
        error: `Không có tiêu chí ${item.code} trong bộ tiêu chí của đợt`,
      });
      continue;
    }
    const fieldErrors = selfInputErrors(forUnit(leaf, unit.type), item);
    if (Object.keys(fieldErrors).length) {
      results.push({ code: item.code, ok: false, error: Object.values(fieldErrors).flat()[0]!, fieldErrors });
      continue;
    }
    results.push(await saveOne(user, round.id, unit.id, leaf.nodeId, item, now));
  }
  return { results };
}

const pick = (v: { selfValue: string | null; notApplicable: boolean; explanation: string | null }) => ({
  selfValue: v.selfValue,
  notApplicable: v.notApplicable,
  explanation: v.explanation,
});

async function saveOne(
  user: AssessmentUser,
  roundId: number,
  unitId: number,
  nodeId: number,
  item: SelfValueItem,
  now: Date,
): Promise<LeafSaveResult> {
  const next = {
    selfValue: item.selfValue ?? null,
    notApplicable: item.notApplicable,
    explanation: item.explanation ?? null,
  };
  return db()
    .$transaction(async (tx) => {
      await lockUnitEdit(tx, user, roundId, unitId, now);
      const old = await tx.assessmentValue.findUnique({
        where: { roundId_unitId_nodeId: { roundId, unitId, nodeId } },
      });
      if ((old?.version ?? 0) !== item.version)
        return { code: item.code, ok: false as const, ...(await conflict(tx, item.code, old)) };
      if (old && JSON.stringify(pick(old)) === JSON.stringify(next))
        return { code: item.code, ok: true as const, version: old.version, valueId: old.id };
      let row;
      if (!old) {
        row = await tx.assessmentValue.create({
          data: { roundId, unitId, nodeId, ...next, updatedById: user.id },
        });
      } else {
        const n = await tx.assessmentValue.updateMany({
          where: { id: old.id, version: old.version },
          data: { ...next, updatedById: user.id, version: { increment: 1 } },
        });
        if (n.count === 0) {
          const fresh = await tx.assessmentValue.findUnique({ where: { id: old.id } });
          return { code: item.code, ok: false as const, ...(await conflict(tx, item.code, fresh)) };
        }
        row = { id: old.id, version: old.version + 1 };
      }
      await recordAudit(
        {
          actor: { id: user.id, username: user.username },
          action: old ? "update" : "create",
          entity: "AssessmentValue",
          entityId: row.id,
          unitId,
          roundId,
          criterionCode: item.code,
          oldValue: old ? pick(old) : null,
          newValue: next,
        },
        tx,
      );
      return { code: item.code, ok: true as const, version: row.version, valueId: row.id };
    })
    .catch(async (e: unknown) => {
      // Two first saves of the same leaf at once: the unique key refuses the second one.
      if ((e as { code?: string }).code === "P2002") {
        const fresh = await db().assessmentValue.findUnique({
          where: { roundId_unitId_nodeId: { roundId, unitId, nodeId } },
        });
        return { code: item.code, ok: false as const, ...(await conflict(db(), item.code, fresh)) };
      }
      throw e;
    });
}

type Row = {
  selfValue: string | null;
  notApplicable: boolean;
  explanation: string | null;
  version: number;
  updatedById: number | null;
  updatedAt: Date;
} | null;

/** `q` is the caller's transaction when there is one: a second connection there can stall the pool. */
async function conflict(
  q: Pick<Db, "user">,
  code: string,
  row: Row,
): Promise<{ error: string; conflict: CurrentValue }> {
  const by = row?.updatedById
    ? ((await q.user.findUnique({ where: { id: row.updatedById }, select: { name: true } }))?.name ?? null)
    : null;
  const current: CurrentValue = {
    selfValue: row?.selfValue ?? null,
    notApplicable: row?.notApplicable ?? false,
    explanation: row?.explanation ?? null,
    version: row?.version ?? 0,
    by,
    at: row ? row.updatedAt.toISOString() : null,
  };
  const shown = current.notApplicable
    ? "không áp dụng"
    : current.selfValue === null
      ? "(trống)"
      : `"${current.selfValue}"`;
  return {
    error: `Tiêu chí ${code} vừa được ${by ?? "người khác"} sửa${row ? ` lúc ${fmtDateTime(row.updatedAt)}` : ""}: giá trị hiện tại là ${shown}. Giá trị bạn nhập vẫn được giữ; hãy xem lại rồi lưu lại.`,
    conflict: current,
  };
}
