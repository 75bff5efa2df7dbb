// Publication: freezes the criteria, the inputs and the results of a round with the date.
// Publishing again (a correction) makes a new version and requires a reason.
import { db } from "../db/client";
import { recordAudit } from "../audit/record";
import { DomainError } from "../errors";
import { computeRoundResult } from "./compute";
import type { Prisma } from "../db/generated/client";

export async function publishRound(roundId: number, actor: { id: number; username?: string }, reason?: string | null, publishedAt = new Date()) {
  const { data, result } = await computeRoundResult(roundId);
  return db().$transaction(async (tx) => {
    const { status } = await tx.evaluationRound.findUniqueOrThrow({ where: { id: roundId }, select: { status: true } });
    const last = await tx.resultSnapshot.findFirst({ where: { roundId }, orderBy: { version: "desc" }, select: { version: true } });
    if (last && !reason?.trim()) throw new DomainError("Kết quả đã công bố: điều chỉnh phải có lý do", 422, { reason: ["Nhập lý do điều chỉnh"] });
    const version = (last?.version ?? 0) + 1;
    const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;
    const snapshot = await tx.resultSnapshot.create({
      data: {
        roundId, version, publishedAt, publishedById: actor.id, reason: reason?.trim() || null,
        criteria: json(data.set), inputs: json({ values: data.inputs, fromRecords: data.fromRecords }), results: json(result),
      },
    });
    await tx.evaluationRound.update({ where: { id: roundId }, data: { status: "PUBLISHED" } });
    await recordAudit({
      actor, action: "publish", entity: "ResultSnapshot", entityId: snapshot.id, roundId,
      oldValue: { status, version: last?.version ?? null }, newValue: { status: "PUBLISHED", version, units: result.units.length }, reason: reason ?? null,
    }, tx);
    return { snapshotId: snapshot.id, version };
  }, { timeout: 60_000 });
}
