import "server-only";
// Figures for the overview page, scoped to what the user may see.
import { db } from "../db/client";
import { referenceDay, validOn } from "../results/round-inputs";

export type OverviewFigures = {
  unitsByType: { type: string; count: number }[];
  rounds: {
    id: number;
    year: number;
    group: string;
    status: string;
    units: number;
    submitted: number;
    drafts: number;
    selfAssessmentEnd: Date | null;
  }[];
  cases: { year: number | null; total: number };
  remediationOpen: number;
};

export async function overviewFigures(
  scope: { all: true } | { unitId: number },
  today = new Date(),
): Promise<OverviewFigures> {
  // units that exist today: those ended in a reorganisation are history, not part of the province
  const unitWhere = "all" in scope ? { ...validOn(undefined, today) } : { id: scope.unitId };
  const unitsByType = await db().unit.groupBy({
    by: ["type"],
    where: unitWhere,
    _count: { _all: true },
    orderBy: { type: "asc" },
  });
  const latestYear = (await db().evaluationRound.aggregate({ _max: { year: true } }))._max.year;
  // a unit sees only the round of its own ranking group
  const ownGroup =
    "all" in scope
      ? undefined
      : (await db().unit.findUnique({ where: { id: scope.unitId }, select: { group: true } }))?.group;
  const rounds = latestYear
    ? await db().evaluationRound.findMany({
        where: { year: latestYear, ...("all" in scope ? {} : { group: ownGroup ?? "" }) },
        orderBy: { group: "asc" },
        include: { submissions: { select: { status: true, unitId: true } } },
      })
    : [];
  // a round counts the units of its group valid on its reference day
  const groupSizes = new Map(
    await Promise.all(
      rounds.map(
        async (r) => [r.id, await db().unit.count({ where: validOn(r.group, referenceDay(r)) })] as const,
      ),
    ),
  );
  const caseWhere = "all" in scope ? {} : { unitId: scope.unitId };
  const [total, lastCase] = await Promise.all([
    // the province's count is kept by the case triggers (counting millions of rows takes a scan)
    "all" in scope
      ? db()
          .caseDataVersion.findUnique({ where: { id: 1 } })
          .then((v) => (v ? Number(v.total) : db().caseRecord.count()))
      : db().caseRecord.count({ where: caseWhere }),
    db().caseRecord.findFirst({
      where: caseWhere,
      orderBy: { receivedAt: "desc" },
      select: { receivedAt: true },
    }),
  ]);
  const remediationOpen = await db().remediationItem.count({
    where: {
      status: { in: ["PLANNED", "IN_PROGRESS", "REOPENED"] },
      ...("all" in scope ? {} : { plan: { unitId: scope.unitId } }),
    },
  });
  return {
    unitsByType: unitsByType.map((u) => ({ type: u.type, count: u._count._all })),
    rounds: rounds.map((r) => {
      const subs = "all" in scope ? r.submissions : r.submissions.filter((s) => s.unitId === scope.unitId);
      return {
        id: r.id,
        year: r.year,
        group: r.group,
        status: r.status,
        selfAssessmentEnd: r.selfAssessmentEnd,
        units: "all" in scope ? (groupSizes.get(r.id) ?? 0) : 1,
        submitted: subs.filter((s) => s.status === "SUBMITTED").length,
        drafts: subs.filter((s) => s.status === "DRAFT").length,
      };
    }),
    cases: { year: lastCase ? lastCase.receivedAt.getFullYear() : null, total },
    remediationOpen,
  };
}
