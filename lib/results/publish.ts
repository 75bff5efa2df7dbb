// Publication: freezes the criteria, the inputs and the results of a round with the date.
// Publishing again (a correction) makes a new version and requires a reason.
import { db } from "../db/client";
import { recordAudit } from "../audit/record";
import { groupPeople, notify } from "../notices/notify";
import { DomainError } from "../errors";
import { computeRoundResult, type ReadBeforehand } from "./compute";
import { roundUnits } from "./round-inputs";
import { previousRoundFor } from "./previous";
import { metricInputs } from "../queries/metrics";
import { readPublishedNotes } from "./published-notes";
import type { Prisma } from "../db/generated/client";

export async function publishRound(
  roundId: number,
  actor: { id: number; username?: string },
  reason?: string | null,
  publishedAt = new Date(),
) {
  const beforehand = await readBeforehand(roundId);
  return db().$transaction(
    async (tx) => {
      // The round row is held exclusively until commit. Whoever writes what the snapshot freezes (self
      // and appraised values, survey results) holds it in share mode for its whole transaction
      // (lib/assessment/locks.ts), so once this lock is granted no such write is in flight and none can
      // start: the inputs read below are the committed ones, and a later appraisal comes after this
      // publication. Figures from records and last year's result were read just before (below).
      await tx.$queryRaw`SELECT 1 FROM "EvaluationRound" WHERE id = ${roundId} FOR UPDATE`;
      const { status, group, name, year } = await tx.evaluationRound.findUniqueOrThrow({
        where: { id: roundId },
        select: { status: true, group: true, name: true, year: true },
      });
      if (status !== "APPRAISAL" && status !== "PUBLISHED")
        throw new DomainError("Chuyển đợt sang giai đoạn thẩm định trước khi công bố kết quả.", 422);
      const last = await tx.resultSnapshot.findFirst({
        where: { roundId },
        orderBy: { version: "desc" },
        select: { version: true },
      });
      if (last && !reason?.trim())
        throw new DomainError("Kết quả đã công bố: điều chỉnh phải có lý do", 422, {
          reason: ["Nhập lý do điều chỉnh"],
        });
      const { data, result } = await computeRoundResult(roundId, tx, beforehand);
      const notes = await readPublishedNotes(tx, roundId);
      const version = (last?.version ?? 0) + 1;
      const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;
      const snapshot = await tx.resultSnapshot.create({
        data: {
          roundId,
          version,
          publishedAt,
          publishedById: actor.id,
          reason: reason?.trim() || null,
          criteria: json(data.set),
          inputs: json({ values: data.inputs, fromRecords: data.fromRecords, notes }),
          results: json(result),
        },
      });
      await tx.evaluationRound.update({ where: { id: roundId }, data: { status: "PUBLISHED" } });
      await recordAudit(
        {
          actor,
          action: "publish",
          entity: "ResultSnapshot",
          entityId: snapshot.id,
          roundId,
          oldValue: { status, version: last?.version ?? null },
          newValue: { status: "PUBLISHED", version, units: result.units.length },
          reason: reason ?? null,
        },
        tx,
      );
      await notify(tx, await groupPeople(tx, group), {
        kind: "RESULTS_PUBLISHED",
        key: `cong-bo:${roundId}:${version}`,
        text:
          version === 1
            ? `Kết quả ${name} (năm ${year}) đã được công bố`
            : `Kết quả ${name} (năm ${year}) được điều chỉnh (lần ${version - 1}): ${reason?.trim() ?? ""}`,
        link: `/tu-danh-gia/ket-qua?dot=${roundId}`,
      });
      return { snapshotId: snapshot.id, version };
    },
    { timeout: 60_000 },
  );
}

/**
 * Figures from records and last year's published result, read before the round is locked and on
 * connections of their own: once the lock is held, appraisals waiting for it hold pool connections,
 * and the publication must not need one more to finish (it would wait for its own timeout).
 */
async function readBeforehand(roundId: number): Promise<ReadBeforehand> {
  const round = await db().evaluationRound.findUnique({
    where: { id: roundId },
    select: { year: true, group: true, referenceDate: true },
  });
  if (!round) throw new DomainError("Không tìm thấy đợt đánh giá", 404);
  const units = await roundUnits(round);
  const [metrics, previous] = await Promise.all([
    metricInputs(
      round.year,
      units.map((u) => u.id),
    ),
    previousRoundFor(round.year, units),
  ]);
  return { metrics, previous };
}
