// Reading inspections, always limited to the units the caller may see (null = every unit).
import { db } from "../db/client";

export async function inspectionList(unitIds: number[] | null) {
  return db().inspection.findMany({
    where: unitIds ? { unitId: { in: unitIds } } : {},
    orderBy: [{ visitDate: "desc" }, { id: "desc" }],
    select: {
      id: true,
      decisionNumber: true,
      decisionDate: true,
      visitDate: true,
      teamLead: true,
      unit: { select: { id: true, code: true, name: true } },
      // the shortcomings recorded (directives are listed on the inspection's page)
      _count: { select: { findings: { where: { kind: "FINDING" } }, reports: true } },
    },
  });
}
export type InspectionListRow = Awaited<ReturnType<typeof inspectionList>>[number];

export async function inspectionDetail(id: number) {
  return db().inspection.findUnique({
    where: { id },
    include: {
      unit: { select: { id: true, code: true, name: true } },
      members: {
        include: { user: { select: { id: true, name: true, username: true } } },
        orderBy: [{ isLead: "desc" }, { userId: "asc" }],
      },
      findings: {
        orderBy: { id: "asc" },
        include: {
          addressedUnit: { select: { id: true, name: true } },
          remediationItems: {
            select: { id: true, status: true, deadline: true, plan: { select: { year: true } } },
          },
        },
      },
      reports: { select: { id: true, submittedAt: true }, orderBy: { submittedAt: "desc" } },
    },
  });
}
export type InspectionDetail = NonNullable<Awaited<ReturnType<typeof inspectionDetail>>>;

/** People who can be on an inspection team. */
export async function teamChoices() {
  return db().user.findMany({
    where: { active: true, role: { in: ["INSPECTOR", "ADMIN"] } },
    select: { id: true, name: true, role: true },
    orderBy: { name: "asc" },
  });
}

/** Units a directive may be addressed to: those in force today. */
export async function unitsInForce(today: Date) {
  return db().unit.findMany({
    where: {
      AND: [
        { OR: [{ validFrom: null }, { validFrom: { lte: today } }] },
        { OR: [{ validTo: null }, { validTo: { gte: today } }] },
      ],
    },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
