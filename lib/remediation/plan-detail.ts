// One unit's plan for a year, as the plan page shows it: items with their source, history and
// evidence, overdue computed against today; the reports sent back.
import { db } from "../db/client";
import { dayOf, isDueSoon, isOverdue } from "./status";
import type { ReportedItem } from "./reports";

export async function planDetail(unitId: number, year: number, today: string) {
  const plan = await db().remediationPlan.findUnique({
    where: { unitId_year: { unitId, year } },
    include: {
      items: {
        orderBy: [{ deadline: "asc" }, { id: "asc" }],
        include: {
          finding: {
            select: {
              id: true,
              severity: true,
              inspection: { select: { id: true, decisionNumber: true, visitDate: true } },
            },
          },
          updates: {
            orderBy: { createdAt: "asc" },
            include: { attachment: { select: { id: true, originalName: true, size: true, mimeType: true } } },
          },
        },
      },
      reports: {
        orderBy: { submittedAt: "desc" },
        include: { inspection: { select: { id: true, decisionNumber: true } } },
      },
    },
  });
  if (!plan) return null;
  const userIds = [
    ...new Set([
      ...plan.items.flatMap((i) => [
        ...i.updates.map((u) => u.createdById),
        ...(i.verifiedById ? [i.verifiedById] : []),
      ]),
      ...plan.reports.map((r) => r.submittedById),
    ]),
  ];
  const names = new Map(
    (await db().user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })).map(
      (u) => [u.id, u.name],
    ),
  );
  return {
    id: plan.id,
    year: plan.year,
    title: plan.title,
    number: plan.number,
    issuedAt: plan.issuedAt,
    items: plan.items.map((i) => {
      const deadline = dayOf(i.deadline);
      return {
        id: i.id,
        source: i.source,
        criterionCode: i.criterionCode,
        pointsLost: i.pointsLost === null ? null : Number(i.pointsLost),
        problem: i.problem,
        action: i.action,
        owner: i.owner,
        deadline,
        status: i.status,
        doneAt: i.doneAt,
        verifiedAt: i.verifiedAt,
        verifiedBy: i.verifiedById ? (names.get(i.verifiedById) ?? null) : null,
        verificationNote: i.verificationNote,
        finding: i.finding,
        overdue: isOverdue({ deadline, status: i.status }, today),
        dueSoon: isDueSoon({ deadline, status: i.status }, today),
        updates: i.updates.map((u) => ({
          id: u.id,
          note: u.note,
          at: u.createdAt,
          by: names.get(u.createdById) ?? "—",
          attachment: u.attachment,
        })),
      };
    }),
    reports: plan.reports.map((r) => ({
      id: r.id,
      summary: r.summary,
      submittedAt: r.submittedAt,
      by: names.get(r.submittedById) ?? "—",
      inspection: r.inspection,
      items: r.itemsReported as ReportedItem[],
    })),
  };
}
export type PlanDetail = NonNullable<Awaited<ReturnType<typeof planDetail>>>;
export type PlanItem = PlanDetail["items"][number];

/** Plan years that exist for a unit, newest first. */
export async function planYears(unitId: number): Promise<number[]> {
  return (
    await db().remediationPlan.findMany({
      where: { unitId },
      select: { year: true },
      orderBy: { year: "desc" },
    })
  ).map((p) => p.year);
}
