// Inputs of criteria leaves that name a `metric`: computed from records for a round's year and
// units, as percentages 0..100, or null when the unit has no data for it. Consumed by the scoring
// engine (lib/scoring stays pure; this module is its database-facing side).
//   cases.onTimeRate        (early + on time) ÷ finished cases finished in the year
//   cases.onlineRate        finished cases submitted online (channel 2) ÷ finished cases
//   cases.apologyInTimeRate late cases with a letter sent ≥ 1 day before due ÷ late cases (null: none late)
//   services.onlineRate     procedures offered fully online (toàn trình) ÷ the unit's procedures (its catalogue in force in the year)
//   services.anyOnlineRate  procedures offered fully or partly online ÷ the unit's procedures
//   plan.completionRate     plan tasks done ÷ the unit's plan tasks of the year
//   plan.onTimeRate         plan tasks done by their deadline ÷ the unit's plan tasks of the year
//   qd766.total, qd766.congKhai, qd766.tienDo, qd766.trucTuyen, qd766.soHoa, qd766.haiLong
//                           QĐ 766 points (0–100, each group 0–its maximum): the official yearly scores
//                           where imported, else computed from records (lib/queries/qd766/qd766-metrics.ts)
import { db } from "../db/client";
import { caseReport } from "./cases/case-report";
import { procedureOnlineShare } from "./procedures/online-share";
import { planRates } from "./plan/plan-rates";
import { QD766_METRIC_KEYS, qd766Metrics } from "./qd766/qd766-metrics";

export const METRIC_KEYS = [
  "cases.onTimeRate",
  "cases.onlineRate",
  "cases.apologyInTimeRate",
  "services.onlineRate",
  "services.anyOnlineRate",
  "plan.completionRate",
  "plan.onTimeRate",
  ...QD766_METRIC_KEYS,
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];
export type MetricValues = Record<MetricKey, number | null>;

const rate = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10_000) / 100 : null);

export async function metricInputs(year: number, unitIds: number[]): Promise<Map<number, MetricValues>> {
  const out = new Map<number, MetricValues>();
  for (const id of unitIds)
    out.set(id, Object.fromEntries(METRIC_KEYS.map((k) => [k, null])) as MetricValues);
  if (unitIds.length === 0) return out;
  const units = await db().unit.findMany({
    where: { id: { in: unitIds } },
    select: { id: true, code: true },
  });
  const idOf = new Map(units.map((u) => [u.code, u.id]));
  const [cases, services, plan, qd766] = await Promise.all([
    caseReport(year, "unit", unitIds),
    procedureOnlineShare(unitIds, year),
    planRates(year, unitIds),
    qd766Metrics(year, unitIds),
  ]);
  for (const c of cases) {
    const v = out.get(idOf.get(String(c.key))!);
    if (!v) continue;
    v["cases.onTimeRate"] = c.onTimeRate;
    v["cases.onlineRate"] = rate(c.online, c.finished);
    v["cases.apologyInTimeRate"] = rate(c.apologyLettersInTime, c.late);
  }
  for (const s of services) {
    const v = out.get(s.unitId);
    if (v) {
      v["services.onlineRate"] = s.onlineRate;
      v["services.anyOnlineRate"] = s.anyOnlineRate;
    }
  }
  for (const p of plan) {
    const v = out.get(p.unitId);
    if (!v) continue;
    v["plan.completionRate"] = p.completionRate;
    v["plan.onTimeRate"] = p.onTimeRate;
  }
  for (const [id, q] of qd766) {
    const v = out.get(id);
    if (v) for (const k of QD766_METRIC_KEYS) v[k] = q[k];
  }
  return out;
}
