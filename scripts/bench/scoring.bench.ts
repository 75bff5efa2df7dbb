// Scoring a whole province: 300 units × 120 leaves using every rule type, inputs as people type them
// (decimal commas, option keys, yes/no words), some not applicable, some only self-assessed, some missing.
import { performance } from "node:perf_hooks";
import {
  parseCriteriaSet,
  scoreRound,
  topFixes,
  type CriteriaLeaf,
  type CriteriaSet,
  type RoundInputs,
  type Rule,
  type ScoringUnit,
} from "../../lib/scoring";

const UNITS = 300;
const FIELDS = 8;
const CRITERIA_PER_FIELD = 3;
const LEAVES_PER_CRITERION = 5; // 8 × 3 × 5 = 120 leaves
const RUNS = 20;

/** mulberry32: the same synthetic province on every run. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(2024);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const decimal = (x: number) => x.toFixed(2).replace(".", ",");

const RULES: ((max: number) => Rule)[] = [
  () => ({ type: "manual" }),
  () => ({ type: "boolean" }),
  (max) => ({ type: "choice", options: { kip_thoi: max, khong_kip_thoi: max / 2, khong_ban_hanh: 0 } }),
  (max) => ({
    type: "bands",
    bands: [
      { gt: 90, points: max },
      { gte: 70, lte: 90, points: max / 2 },
      { lt: 70, points: 0 },
    ],
  }),
  () => ({ type: "linear", threshold: 80 }),
  () => ({ type: "deduction", perOccurrence: 0.25 }),
  () => ({ type: "survey" }),
];

function buildSet(): CriteriaSet {
  let n = 0;
  const leaf = (code: string): CriteriaLeaf => {
    const max = pick([0.5, 1, 1.5, 2, 3]);
    const rule = RULES[n++ % RULES.length]!(max);
    return {
      code,
      name: `Tiêu chí ${code}`,
      max,
      rule,
      ...(n % 17 === 0 ? { appliesTo: ["XA" as const] } : {}),
      ...(n % 40 === 0 ? { bonus: true } : {}),
    };
  };
  const fields = Array.from({ length: FIELDS }, (_, f) => ({
    code: `${f + 1}`,
    name: `Lĩnh vực ${f + 1}`,
    children: Array.from({ length: CRITERIA_PER_FIELD }, (_, c) => ({
      code: `${f + 1}.${c + 1}`,
      name: `Tiêu chí ${f + 1}.${c + 1}`,
      children: Array.from({ length: LEAVES_PER_CRITERION }, (_, l) => leaf(`${f + 1}.${c + 1}.${l + 1}`)),
    })),
  }));
  const classification = [
    { label: "Xuất sắc", min: 90 },
    { label: "Tốt", min: 80 },
    { label: "Khá", min: 70 },
    { label: "Trung bình", min: 50 },
    { label: "Yếu", min: 0 },
  ];
  return { name: "Bộ tiêu chí tổng hợp", year: 2024, group: "SO", classification, fields };
}

function rawValue(rule: Rule, max: number): string {
  switch (rule.type) {
    case "manual":
      return decimal(random() * max);
    case "boolean":
      return pick(["có", "không", "1", "0"]);
    case "choice":
      return pick(["kip_thoi", "khong_kip_thoi", "khong_ban_hanh"]);
    case "deduction":
      return String(Math.floor(random() * 5));
    default:
      return decimal(50 + random() * 50);
  }
}

function buildRound(set: CriteriaSet): { units: ScoringUnit[]; inputs: RoundInputs } {
  const units: ScoringUnit[] = Array.from({ length: UNITS }, (_, i) => ({
    code: `DV${String(i + 1).padStart(3, "0")}`,
    name: `Đơn vị ${i + 1}`,
    type: i < 60 ? "SO" : "XA",
  }));
  const leaves = set.fields.flatMap((f) =>
    "children" in f ? f.children.flatMap((c) => ("children" in c ? c.children : [c])) : [f],
  ) as CriteriaLeaf[];
  const inputs: RoundInputs = {};
  for (const unit of units) {
    const rows: RoundInputs[string] = {};
    for (const leaf of leaves) {
      const r = random();
      if (r < 0.03) continue; // missing
      if (r < 0.06) rows[leaf.code] = { notApplicable: true };
      else if (r < 0.2) rows[leaf.code] = { self: rawValue(leaf.rule, leaf.max) };
      else
        rows[leaf.code] = { self: rawValue(leaf.rule, leaf.max), appraised: rawValue(leaf.rule, leaf.max) };
    }
    inputs[unit.code] = rows;
  }
  return { units, inputs };
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const median =
    sorted.length % 2
      ? sorted[(sorted.length - 1) / 2]!
      : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  return `trung vị ${median.toFixed(2)} ms (nhanh nhất ${sorted[0]!.toFixed(2)}, chậm nhất ${sorted.at(-1)!.toFixed(2)}; ${samples.length} lần)`;
}

export async function run(): Promise<void> {
  const set = buildSet();
  const { units, inputs } = buildRound(set);
  const leafCount = Object.values(inputs).reduce((n, rows) => n + Object.keys(rows).length, 0);
  console.log(
    `${UNITS} đơn vị × ${FIELDS * CRITERIA_PER_FIELD * LEAVES_PER_CRITERION} tiêu chí thành phần (${leafCount} giá trị nhập)`,
  );

  const json = JSON.parse(JSON.stringify(set)) as unknown;
  const parse = Array.from({ length: RUNS }, () => time(() => parseCriteriaSet(json)));
  console.log(`parseCriteriaSet: ${stats(parse)}`);

  for (let i = 0; i < 5; i++) scoreRound({ set, units, inputs }); // warm-up: JIT, caches
  const scoring = Array.from({ length: RUNS }, () => time(() => scoreRound({ set, units, inputs })));
  console.log(`scoreRound: ${stats(scoring)}`);

  const result = scoreRound({ set, units, inputs });
  const fixes = Array.from({ length: 5 }, () => time(() => units.forEach((u) => topFixes(result, u.code))));
  console.log(`topFixes cho cả ${UNITS} đơn vị: ${stats(fixes)}`);
  const errors = result.errors.length;
  if (errors > 0) console.log(`(có ${errors} giá trị không chấm được — dữ liệu tổng hợp có lỗi)`);
}
