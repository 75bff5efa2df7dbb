// A unit's QĐ 766 page data: for each month of a year and for each year, the official scores the
// portal published (when imported) beside the scores computed from the records, and the difference
// (computed on the 100-point scale − official). Months not yet begun are left out.
import { db } from "../../db/client";
import { qd766Result, type Qd766GroupKey, type Qd766Result } from "../../cases/qd766";
import { qd766Figures, qd766Period } from "./qd766-figures";

export type Qd766Official = {
  total: number;
  groups: Record<Qd766GroupKey, number>;
  rank: number | null;
  outOf: number | null;
};
export type Qd766Row = {
  year: number;
  month: number;
  official: Qd766Official | null;
  computed: Qd766Result;
  difference: number | null;
};
export type UnitQd766 = { year: number; months: Qd766Row[]; years: Qd766Row[] };

const round2 = (n: number) => Math.round(n * 100) / 100;

type ScoreRow = {
  year: number;
  month: number;
  transparency: unknown;
  progress: unknown;
  online: unknown;
  digitisation: unknown;
  satisfaction: unknown;
  total: unknown;
  rank: number | null;
  outOf: number | null;
};
const toOfficial = (o: ScoreRow): Qd766Official => ({
  total: Number(o.total),
  rank: o.rank,
  outOf: o.outOf,
  groups: {
    congKhai: Number(o.transparency),
    tienDo: Number(o.progress),
    trucTuyen: Number(o.online),
    soHoa: Number(o.digitisation),
    haiLong: Number(o.satisfaction),
  },
});

function row(year: number, month: number, official: Qd766Official | null, computed: Qd766Result): Qd766Row {
  const difference = official && computed.total !== null ? round2(computed.total - official.total) : null;
  return { year, month, official, computed, difference };
}

export async function unitQd766(unitId: number, year: number, today = new Date()): Promise<UnitQd766> {
  const scores = await db().qd766Score.findMany({
    where: { unitId },
    orderBy: [{ year: "asc" }, { month: "asc" }],
  });
  const byKey = new Map(scores.map((s) => [`${s.year}-${s.month}`, toOfficial(s)]));
  const vnNow = new Date(today.getTime() + 7 * 3600 * 1000);
  const [nowYear, nowMonth] = [vnNow.getUTCFullYear(), vnNow.getUTCMonth() + 1];
  const lastMonth = year < nowYear ? 12 : year === nowYear ? nowMonth : 0;
  const months = Array.from({ length: lastMonth }, (_, i) => i + 1);
  const [first] = await db().$queryRawUnsafe<{ y: number | null }[]>(
    `select extract(year from min("receivedAt") at time zone interval '+07:00')::int as y from "CaseRecord" where "unitId" = $1`,
    unitId,
  );
  const from = Math.min(...[first?.y ?? year, ...scores.map((s) => s.year), year].filter((y) => y >= 2022));
  const years = Array.from(
    { length: Math.max(0, Math.min(nowYear, Math.max(year, ...scores.map((s) => s.year))) - from + 1) },
    (_, i) => from + i,
  );
  const [monthly, yearly] = await Promise.all([
    Promise.all(months.map((m) => qd766Figures(qd766Period(year, m), [unitId]))),
    Promise.all(years.map((y) => qd766Figures(qd766Period(y), [unitId]))),
  ]);
  return {
    year,
    months: months.map((m, i) =>
      row(year, m, byKey.get(`${year}-${m}`) ?? null, qd766Result(monthly[i]!.get(unitId)!)),
    ),
    years: years.map((y, i) => row(y, 0, byKey.get(`${y}-0`) ?? null, qd766Result(yearly[i]!.get(unitId)!))),
  };
}
