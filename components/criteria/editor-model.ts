// The editor's working copy of a criteria set. Numbers stay as typed (strings, "1,5" or "1.5") so
// that nothing is lost on a failed save; toSetJson turns the draft into the interfaces.md JSON that
// the server validates with parseCriteriaSet. A node is a group as soon as it has children.
import type { CriteriaNodeJson, CriteriaSetJson } from "@/lib/criteria/store";
import { nodeTotals, tidy, type NodeTotals } from "@/lib/criteria/totals";

export const RULE_TYPES = ["manual", "boolean", "choice", "bands", "linear", "deduction", "survey"] as const;
export type RuleTypeDraft = (typeof RULE_TYPES)[number] | "";

export type BandDraft = { gt: string; gte: string; lt: string; lte: string; points: string };
export type OptionDraft = { key: string; points: string };
export type NodeDraft = {
  id: string;
  code: string;
  name: string;
  children: NodeDraft[];
  max: string;
  ruleType: RuleTypeDraft;
  options: OptionDraft[];
  bands: BandDraft[];
  threshold: string;
  perOccurrence: string;
  metric: string;
  appliesTo: string[];
  bonus: boolean;
};
export type SetDraft = {
  name: string;
  year: number;
  group: string;
  classification: { label: string; min: string }[];
  fields: NodeDraft[];
};

const BOUNDS = ["gt", "gte", "lt", "lte"] as const;
export const emptyBand = (): BandDraft => ({ gt: "", gte: "", lt: "", lte: "", points: "" });

const str = (n: unknown) =>
  typeof n === "number" ? String(n).replace(".", ",") : typeof n === "string" ? n : "";

/** "1,5" → 1.5; "" → undefined; anything else unparseable is passed on as typed so the validator names it. */
export function parseNum(s: string): number | string | undefined {
  const t = s.trim();
  if (t === "") return undefined;
  const n = Number(t.replace(/\s/g, "").replace(",", "."));
  return Number.isFinite(n) ? n : t;
}

export function newNode(id: string, code = ""): NodeDraft {
  return {
    id,
    code,
    name: "",
    children: [],
    max: "",
    ruleType: "manual",
    options: [],
    bands: [],
    threshold: "",
    perOccurrence: "",
    metric: "",
    appliesTo: [],
    bonus: false,
  };
}

export function fromSetJson(json: CriteriaSetJson): SetDraft {
  let seq = 0;
  const node = (n: CriteriaNodeJson): NodeDraft => {
    const rule = (n.rule ?? {}) as Record<string, unknown>;
    const options =
      typeof rule.options === "object" && rule.options
        ? Object.entries(rule.options as Record<string, unknown>)
        : [];
    const bands = Array.isArray(rule.bands) ? (rule.bands as Record<string, unknown>[]) : [];
    return {
      id: `n${seq++}`,
      code: n.code ?? "",
      name: n.name ?? "",
      children: (n.children ?? []).map(node),
      max: str(n.max),
      ruleType: (RULE_TYPES as readonly string[]).includes(String(rule.type))
        ? (rule.type as RuleTypeDraft)
        : "",
      options: options.map(([key, points]) => ({ key, points: str(points) })),
      bands: bands.map((b) => ({
        gt: str(b.gt),
        gte: str(b.gte),
        lt: str(b.lt),
        lte: str(b.lte),
        points: str(b.points),
      })),
      threshold: str(rule.threshold),
      perOccurrence: str(rule.perOccurrence),
      metric: n.metric ?? "",
      appliesTo: n.appliesTo ?? [],
      bonus: n.bonus === true,
    };
  };
  return {
    name: json.name,
    year: json.year,
    group: json.group,
    classification: json.classification.map((c) => ({ label: c.label, min: str(c.min) })),
    fields: json.fields.map(node),
  };
}

function ruleJson(n: NodeDraft): Record<string, unknown> | undefined {
  switch (n.ruleType) {
    case "":
      return undefined;
    case "choice":
      return {
        type: "choice",
        options: Object.fromEntries(
          n.options
            .filter((o) => o.key.trim() || o.points.trim())
            .map((o) => [o.key.trim(), parseNum(o.points)]),
        ),
      };
    case "bands":
      return {
        type: "bands",
        bands: n.bands.map((b) => {
          const out: Record<string, unknown> = {};
          for (const k of BOUNDS) if (parseNum(b[k]) !== undefined) out[k] = parseNum(b[k]);
          out.points = parseNum(b.points);
          return out;
        }),
      };
    case "linear":
      return { type: "linear", threshold: parseNum(n.threshold) };
    case "deduction":
      return { type: "deduction", perOccurrence: parseNum(n.perOccurrence) };
    default:
      return { type: n.ruleType };
  }
}

export function toNodeJson(n: NodeDraft): CriteriaNodeJson {
  if (n.children.length)
    return { code: n.code.trim(), name: n.name.trim(), children: n.children.map(toNodeJson) };
  const out: Record<string, unknown> = { code: n.code.trim(), name: n.name.trim() };
  const max = parseNum(n.max);
  if (max !== undefined) out.max = max;
  const rule = ruleJson(n);
  if (rule) out.rule = rule;
  if (n.metric) out.metric = n.metric;
  if (n.appliesTo.length) out.appliesTo = n.appliesTo;
  if (n.bonus) out.bonus = true;
  return out as CriteriaNodeJson;
}

export function toSetJson(d: SetDraft): CriteriaSetJson {
  return {
    name: d.name.trim(),
    year: d.year,
    group: d.group,
    classification: d.classification.map((c) => ({ label: c.label.trim(), min: parseNum(c.min) as number })),
    fields: d.fields.map(toNodeJson),
  };
}

export function draftTotals(n: NodeDraft): NodeTotals {
  const t = nodeTotals(toNodeJson(n));
  return { max: tidy(t.max), bonus: tidy(t.bonus) };
}
