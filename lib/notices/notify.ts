// Recording notices: at the moment something happens (inside that change's transaction, with its
// `tx`), or by the daily scan. One notice per person and occasion (its key): recording it again adds
// nothing. People who turned a kind off get none of it. The daily digest e-mails them
// (lib/notices/digests.ts).
import type { Prisma } from "../db/generated/client";
import type { NoticeKind } from "./kinds";

type Tx = Pick<Prisma.TransactionClient, "notice" | "user">;

export type NoticeDraft = { kind: NoticeKind; key: string; text: string; link: string };

/** The notice for each person (ids), except those who turned its kind off; returns how many were new. */
export async function notify(tx: Tx, userIds: number[], n: NoticeDraft): Promise<number> {
  if (!userIds.length) return 0;
  const people = await tx.user.findMany({
    where: { id: { in: [...new Set(userIds)] }, active: true, NOT: { noticeOptOut: { has: n.kind } } },
    select: { id: true },
  });
  const { count } = await tx.notice.createMany({
    data: people.map((p) => ({
      userId: p.id,
      kind: n.kind,
      key: n.key,
      text: n.text.slice(0, 1000),
      link: n.link,
    })),
    skipDuplicates: true,
  });
  return count;
}

/** The active heads and staff of these units (who act on a unit's self-assessment and plan). */
export async function unitPeople(
  tx: Tx,
  unitIds: number[],
  roles: ("UNIT_HEAD" | "UNIT_STAFF")[] = ["UNIT_HEAD", "UNIT_STAFF"],
) {
  if (!unitIds.length) return [];
  const rows = await tx.user.findMany({
    where: { active: true, unitId: { in: unitIds }, role: { in: roles } },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** The active heads and staff of every unit of a group (a round's units). */
export async function groupPeople(tx: Tx, group: string) {
  const rows = await tx.user.findMany({
    where: { active: true, role: { in: ["UNIT_HEAD", "UNIT_STAFF"] }, unit: { group } },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
