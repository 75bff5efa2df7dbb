import "server-only";
// Publication by Home Affairs (a frozen snapshot; a correction is a new version with a reason) and
// what a unit then sees: its index, rank, classification, points lost per leaf and the comments.
import { db } from "../db/client";
import { can } from "../auth/permissions";
import { ForbiddenError } from "../errors";
import { publishRound } from "../results/publish";
import { latestSnapshot, snapshotVersions } from "../results/snapshots";
import { readPublishedNotes } from "../results/published-notes";
import type { AssessmentUser } from "./context";

export async function publishAsUser(user: AssessmentUser, roundId: number, reason: string | null) {
  if (!can(user, "results:publish")) throw new ForbiddenError("Bạn không có quyền công bố kết quả.");
  // the round's status is checked by publishRound, on the round locked in its transaction
  return publishRound(roundId, { id: user.id, username: user.username }, reason);
}

export async function publishedVersions(roundId: number) {
  const versions = await snapshotVersions(roundId);
  const users = await db().user.findMany({
    where: { id: { in: versions.map((v) => v.publishedById) } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(users.map((u) => [u.id, u.name]));
  return versions.map((v) => ({ ...v, publishedBy: nameOf.get(v.publishedById) ?? "—" }));
}

export type UnitPublished = NonNullable<Awaited<ReturnType<typeof unitPublishedResult>>>;

export async function unitPublishedResult(roundId: number, unitId: number) {
  const [snapshot, unit] = await Promise.all([
    latestSnapshot(roundId),
    db().unit.findUnique({ where: { id: unitId }, select: { code: true } }),
  ]);
  const result = snapshot && unit ? snapshot.results.units.find((u) => u.unit === unit.code) : undefined;
  if (!snapshot || !result) return null;
  // The words published with the figures; snapshots from before they were frozen read the current ones.
  const notes = snapshot.inputs.notes
    ? snapshot.inputs.notes[unit!.code]
    : (await readPublishedNotes(db(), roundId))[unit!.code];
  return {
    version: snapshot.version,
    publishedAt: snapshot.publishedAt,
    reason: snapshot.reason,
    unitsInGroup: snapshot.results.units.length,
    result,
    comment: notes?.comment ?? null,
    leaves: result.leafResults.map((l) => ({
      ...l,
      lost: l.notApplicable || l.bonus ? 0 : Math.max(0, l.max - l.points),
      reason: notes?.leaves[l.code]?.reason ?? null,
      comment: notes?.leaves[l.code]?.comment ?? null,
    })),
  };
}
