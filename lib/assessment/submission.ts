import "server-only";
// Submission (nộp tự đánh giá): only the unit head, only when complete, inside the window; after it
// the unit can no longer edit. Home Affairs may return a submission for completion, with a reason.
import { db, type Db } from "../db/client";
import { requireUnitAccess } from "../auth/forbidden";
import { can } from "../auth/permissions";
import { notify, unitPeople } from "../notices/notify";
import { recordAudit } from "../audit/record";
import { ConflictError, DomainError, ForbiddenError } from "../errors";
import { fmtDateTime } from "../format";
import { assertUnitInRound, forUnit, loadRound, loadUnit, roundLeaves, type AssessmentUser } from "./context";
import { lockRound, lockSubmission } from "./locks";
import { submissionProblems, type SelfState } from "./validation";
import { windowProblem } from "./window";

/** Each leaf's stored self state (value, N/A, explanation, evidence count), keyed by leaf code. */
export async function selfStates(
  roundId: number,
  unitId: number,
  client: Pick<Db, "assessmentValue"> = db(),
): Promise<Record<string, SelfState>> {
  const rows = await client.assessmentValue.findMany({
    where: { roundId, unitId },
    select: {
      selfValue: true,
      notApplicable: true,
      explanation: true,
      node: { select: { code: true } },
      _count: { select: { evidence: true } },
    },
  });
  return Object.fromEntries(
    rows.map((r) => [
      r.node.code,
      {
        selfValue: r.selfValue,
        notApplicable: r.notApplicable,
        explanation: r.explanation,
        evidenceCount: r._count.evidence,
      },
    ]),
  );
}

export async function submitUnit(
  user: AssessmentUser,
  input: { roundId: number; unitId: number },
  now = new Date(),
) {
  await requireUnitAccess(user, "assessment:submit", input.unitId, `submit:${input.roundId}:${input.unitId}`);
  const [round, unit] = await Promise.all([loadRound(input.roundId), loadUnit(input.unitId)]);
  assertUnitInRound(unit, round);
  return db().$transaction(async (tx) => {
    // Checked under the locks value and evidence changes take (./locks.ts): none slips in between the
    // completeness check and the commit, and of two submits at once the second finds the first.
    const current = await lockRound(tx, round.id, "share");
    const sub = await lockSubmission(tx, user, round.id, unit.id, "update");
    if (sub.status === "SUBMITTED")
      throw new ConflictError(`Đơn vị đã nộp tự đánh giá lúc ${fmtDateTime(sub.submittedAt)}.`);
    const closed = windowProblem(current, now);
    if (closed) throw new DomainError(closed, 422);
    const leaves = [...(await roundLeaves(current.criteriaSetId, tx)).values()].map((l) =>
      forUnit(l, unit.type),
    );
    const problems = submissionProblems(leaves, await selfStates(round.id, unit.id, tx));
    const codes = Object.keys(problems);
    if (codes.length) {
      throw new DomainError(
        `Chưa thể nộp: còn ${codes.length} tiêu chí chưa đủ thông tin (${codes.slice(0, 8).join(", ")}${codes.length > 8 ? ", …" : ""}).`,
        422,
        Object.fromEntries(codes.map((c) => [c, [problems[c]!]])),
      );
    }
    await tx.unitSubmission.update({
      where: { id: sub.id },
      data: { status: "SUBMITTED", submittedAt: now, submittedById: user.id },
    });
    await recordAudit(
      {
        actor: { id: user.id, username: user.username },
        action: "submit",
        entity: "UnitSubmission",
        entityId: sub.id,
        unitId: unit.id,
        roundId: round.id,
        oldValue: { status: sub.status },
        newValue: { status: "SUBMITTED" },
      },
      tx,
    );
    return { submittedAt: now.toISOString() };
  });
}

/** Home Affairs sends a submission back to draft so the unit can complete it (window permitting). */
export async function returnSubmission(
  user: AssessmentUser,
  input: { roundId: number; unitId: number; reason: string },
) {
  if (!can(user, "appraisal:write"))
    throw new ForbiddenError("Bạn không có quyền trả lại hồ sơ tự đánh giá.", input.unitId);
  await db().$transaction(async (tx) => {
    const sub = await tx.unitSubmission.findUnique({
      where: { roundId_unitId: { roundId: input.roundId, unitId: input.unitId } },
    });
    const notSubmitted = new DomainError("Đơn vị chưa nộp tự đánh giá: không có gì để trả lại.", 422);
    if (!sub || sub.status !== "SUBMITTED") throw notSubmitted;
    // Only from SUBMITTED: of two returns at once, the second finds nothing to return.
    const { count } = await tx.unitSubmission.updateMany({
      where: { id: sub.id, status: "SUBMITTED" },
      data: { status: "DRAFT", submittedAt: null, submittedById: null },
    });
    if (!count) throw notSubmitted;
    await recordAudit(
      {
        actor: { id: user.id, username: user.username },
        action: "update",
        entity: "UnitSubmission",
        entityId: sub.id,
        unitId: input.unitId,
        roundId: input.roundId,
        oldValue: { status: "SUBMITTED" },
        newValue: { status: "DRAFT" },
        reason: input.reason,
      },
      tx,
    );
    await notify(tx, await unitPeople(tx, [input.unitId]), {
      kind: "SUBMISSION_RETURNED",
      key: `tra-lai:${sub.id}:${Date.now()}`,
      text: `Hồ sơ tự đánh giá được trả lại để bổ sung. Lý do: ${input.reason}`,
      link: `/tu-danh-gia?dot=${input.roundId}`,
    });
  });
}
