// The QĐ 766 metrics criteria leaves can name (lib/queries/metrics.ts), for a year and units: the
// official yearly scores where the portal's file was imported (`import qd766`), otherwise computed
// from the records. Points on the official scale: qd766.total 0–100, each group 0–its maximum.
// A computed value covers only the indicators with data, brought to the full scale
// (points ÷ max with data × max); null when nothing can be computed.
import { db } from "../../db/client";
import { groupOnFullScale, qd766Result, QD766_GROUPS, type Qd766GroupKey } from "../../cases/qd766";
import { qd766Figures, qd766Period } from "./qd766-figures";

export const QD766_METRIC_KEYS = [
  "qd766.total",
  ...QD766_GROUPS.map((g) => `qd766.${g.key}` as const),
] as const;
export type Qd766MetricKey = "qd766.total" | `qd766.${Qd766GroupKey}`;
export type Qd766Metrics = Record<Qd766MetricKey, number | null> & { official: boolean };

const COLUMN: Record<
  Qd766GroupKey,
  "transparency" | "progress" | "online" | "digitisation" | "satisfaction"
> = {
  congKhai: "transparency",
  tienDo: "progress",
  trucTuyen: "online",
  soHoa: "digitisation",
  haiLong: "satisfaction",
};

export async function qd766Metrics(year: number, unitIds: number[]): Promise<Map<number, Qd766Metrics>> {
  const out = new Map<number, Qd766Metrics>();
  if (!unitIds.length) return out;
  const official = await db().qd766Score.findMany({ where: { year, month: 0, unitId: { in: unitIds } } });
  for (const o of official) {
    const m = { "qd766.total": Number(o.total), official: true } as Qd766Metrics;
    for (const g of QD766_GROUPS) m[`qd766.${g.key}`] = Number(o[COLUMN[g.key]]);
    out.set(o.unitId, m);
  }
  const rest = unitIds.filter((id) => !out.has(id));
  const figures = await qd766Figures(qd766Period(year), rest);
  for (const id of rest) {
    const r = qd766Result(figures.get(id)!);
    const m = { "qd766.total": r.total, official: false } as Qd766Metrics;
    for (const g of r.groups) m[`qd766.${g.key}`] = groupOnFullScale(g);
    out.set(id, m);
  }
  return out;
}
