import "server-only";
// Row locks (held until commit) that keep what a write checked true until it commits. The round
// row: whoever writes what a submission certifies or a snapshot freezes holds it in share mode,
// publication holds it exclusively, a status or window change updates it. The unit's submission
// row: value and evidence changes hold it in share mode, the submit for update. Each reads what it
// checks only once it holds its locks, so none acts on a round or a submission changed under it.
import { Prisma } from "../db/generated/client";
import { recordAudit } from "../audit/record";
import { loadRound, type AssessmentUser } from "./context";

type Tx = Prisma.TransactionClient;
type LockMode = "share" | "update";
const clause = (mode: LockMode) => (mode === "share" ? Prisma.sql`FOR SHARE` : Prisma.sql`FOR UPDATE`);

/** The round as it is now, locked until commit. */
export async function lockRound(tx: Tx, roundId: number, mode: LockMode) {
  await tx.$queryRaw`SELECT 1 FROM "EvaluationRound" WHERE id = ${roundId} ${clause(mode)}`;
  return loadRound(roundId, tx);
}

/** The unit's submission for the round, locked until commit; opened as a draft if it has none yet. */
export async function lockSubmission(
  tx: Tx,
  user: AssessmentUser,
  roundId: number,
  unitId: number,
  mode: LockMode,
) {
  await openDraft(tx, user, roundId, unitId);
  const [sub] = await tx.$queryRaw<{ id: number; status: "DRAFT" | "SUBMITTED"; submittedAt: Date | null }[]>`
    SELECT id, status, "submittedAt" FROM "UnitSubmission" WHERE "roundId" = ${roundId} AND "unitId" = ${unitId} ${clause(mode)}`;
  return sub!;
}

/** The first change opens the unit's submission as a draft (the progress table shows "Đang soạn"), audited. */
async function openDraft(tx: Tx, user: AssessmentUser, roundId: number, unitId: number) {
  // ON CONFLICT DO NOTHING: of two first changes at once, exactly one creates the draft and audits it.
  const { count } = await tx.unitSubmission.createMany({ data: [{ roundId, unitId }], skipDuplicates: true });
  if (!count) return;
  const { id } = await tx.unitSubmission.findUniqueOrThrow({
    where: { roundId_unitId: { roundId, unitId } },
    select: { id: true },
  });
  await recordAudit(
    {
      actor: { id: user.id, username: user.username },
      action: "create",
      entity: "UnitSubmission",
      entityId: id,
      unitId,
      roundId,
      newValue: { status: "DRAFT" },
    },
    tx,
  );
}
