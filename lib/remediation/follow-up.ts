// Follow-up for Home Affairs, inspectors and leadership: status by unit, the overdue list, and
// whether the fixes worked (the criterion's points next year against this year).
import { db } from "../db/client";
import { publishedResult } from "../results/snapshots";
import { round2, type UnitResult } from "../scoring";
import { dateOfDay, dayOf, type RemediationStatus } from "./status";

const OPEN: RemediationStatus[] = ["PLANNED", "IN_PROGRESS", "REOPENED"];

export async function statusByUnit(year: number, unitIds: number[] | null, today: string) {
  const plans = await db().remediationPlan.findMany({
    where: { year, ...(unitIds ? { unitId: { in: unitIds } } : {}) },
    select: {
      id: true,
      unit: { select: { id: true, code: true, name: true } },
      items: { select: { status: true, deadline: true } },
      reports: { select: { submittedAt: true }, orderBy: { submittedAt: "desc" }, take: 1 },
    },
    orderBy: { unit: { name: "asc" } },
  });
  return plans.map((p) => {
    const count = (s: RemediationStatus) => p.items.filter((i) => i.status === s).length;
    const total = p.items.length;
    return {
      planId: p.id,
      unit: p.unit,
      total,
      planned: count("PLANNED"),
      inProgress: count("IN_PROGRESS"),
      done: count("DONE"),
      verified: count("VERIFIED"),
      reopened: count("REOPENED"),
      verifiedShare: total ? round2((count("VERIFIED") / total) * 100) : null,
      overdue: p.items.filter((i) => OPEN.includes(i.status) && dayOf(i.deadline) < today).length,
      lastReportAt: p.reports[0]?.submittedAt ?? null,
    };
  });
}
export type UnitStatusRow = Awaited<ReturnType<typeof statusByUnit>>[number];

export async function overdueItems(unitIds: number[] | null, today: string) {
  const rows = await db().remediationItem.findMany({
    where: {
      status: { in: OPEN },
      deadline: { lt: dateOfDay(today) },
      ...(unitIds ? { plan: { unitId: { in: unitIds } } } : {}),
    },
    select: {
      id: true,
      problem: true,
      action: true,
      owner: true,
      deadline: true,
      status: true,
      criterionCode: true,
      plan: { select: { year: true, unit: { select: { code: true, name: true } } } },
    },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
  });
  const t = Date.parse(`${today}T00:00:00Z`);
  return rows.map((r) => ({
    ...r,
    deadline: dayOf(r.deadline),
    daysLate: Math.round((t - r.deadline.getTime()) / 86_400_000),
  }));
}

/** A criterion's points in a unit's result: a leaf, or an internal node's total. */
export function pointsOf(
  result: UnitResult | undefined,
  code: string,
): { points: number; max: number; name: string } | null {
  if (!result) return null;
  const leaf = result.leafResults.find((l) => l.code === code);
  if (leaf)
    return leaf.notApplicable ? null : { points: round2(leaf.points), max: leaf.max, name: leaf.name };
  const node = result.criteria.find((c) => c.code === code);
  return node ? { points: round2(node.achieved), max: node.max, name: node.name } : null;
}

/**
 * For each unit and criterion remediated in `year`: points in `year` and in `year + 1` from the
 * published results. `next` is null when year + 1 is not published yet.
 */
export async function effectiveness(year: number, unitIds: number[] | null) {
  const items = await db().remediationItem.findMany({
    where: { criterionCode: { not: null }, plan: { year, ...(unitIds ? { unitId: { in: unitIds } } : {}) } },
    select: {
      criterionCode: true,
      status: true,
      plan: { select: { unit: { select: { id: true, code: true, name: true, group: true } } } },
    },
  });
  const groups = [...new Set(items.map((i) => i.plan.unit.group))];
  const results = new Map<string, { now: UnitResult[] | null; next: UnitResult[] | null }>();
  for (const g of groups) {
    const [now, next] = await Promise.all([publishedResult(year, g), publishedResult(year + 1, g)]);
    results.set(g, { now: now?.snapshot.results.units ?? null, next: next?.snapshot.results.units ?? null });
  }
  const rows = new Map<
    string,
    {
      unit: { code: string; name: string };
      code: string;
      statuses: RemediationStatus[];
      now: ReturnType<typeof pointsOf>;
      next: ReturnType<typeof pointsOf>;
      nextPublished: boolean;
    }
  >();
  for (const i of items) {
    const u = i.plan.unit;
    const key = `${u.code}|${i.criterionCode}`;
    const row = rows.get(key);
    if (row) {
      row.statuses.push(i.status);
      continue;
    }
    const r = results.get(u.group)!;
    rows.set(key, {
      unit: { code: u.code, name: u.name },
      code: i.criterionCode!,
      statuses: [i.status],
      now: pointsOf(
        r.now?.find((x) => x.unit === u.code),
        i.criterionCode!,
      ),
      next: r.next
        ? pointsOf(
            r.next.find((x) => x.unit === u.code),
            i.criterionCode!,
          )
        : null,
      nextPublished: r.next !== null,
    });
  }
  return [...rows.values()]
    .map((r) => ({ ...r, change: r.now && r.next ? round2(r.next.points - r.now.points) : null }))
    .sort(
      (a, b) =>
        a.unit.name.localeCompare(b.unit.name, "vi") || a.code.localeCompare(b.code, "vi", { numeric: true }),
    );
}
export type EffectivenessRow = Awaited<ReturnType<typeof effectiveness>>[number];
