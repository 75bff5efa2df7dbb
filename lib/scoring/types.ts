// The shapes of a criteria set and of its scoring results. Plain data only (JSON-serialisable), so a
// published result can be stored as a frozen snapshot and read back as `previous` next year.

export const UNIT_TYPES = ["SO", "HUYEN", "XA", "NGANH_DOC", "DVSN"] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** One band of a `bands` rule: it matches when every bound it states holds. */
export type Band = { gt?: number; gte?: number; lt?: number; lte?: number; points: number };

export type Rule =
  | { type: "manual" }
  | { type: "boolean" }
  | { type: "choice"; options: Record<string, number> }
  | { type: "bands"; bands: Band[] }
  | { type: "linear"; threshold: number }
  | { type: "deduction"; perOccurrence: number }
  | { type: "survey" };

export type RuleType = Rule["type"];

/** A scored node (tiêu chí thành phần): it has a max and a rule, no children. */
export type CriteriaLeaf = {
  code: string;
  name: string;
  max: number;
  rule: Rule;
  /** The input is computed from records in the app (e.g. "plan.completionRate"). */
  metric?: string;
  /** Unit types the leaf applies to; absent = all. */
  appliesTo?: UnitType[];
  /** Bonus points (điểm cộng): counted in achieved, not in max. */
  bonus?: boolean;
};

/** A field (lĩnh vực) or criterion (tiêu chí) grouping other nodes; its max is the sum of theirs. */
export type CriteriaGroup = {
  code: string;
  name: string;
  children: CriteriaNode[];
};

export type CriteriaNode = CriteriaLeaf | CriteriaGroup;

export type ClassificationBand = { label: string; min: number };

export type CriteriaSet = {
  name: string;
  year: number;
  group: string;
  classification: ClassificationBand[];
  fields: CriteriaNode[];
};

export function isLeaf(node: CriteriaNode): node is CriteriaLeaf {
  return "rule" in node;
}

/** A raw input value as typed by a unit or read from a file: points, a rate, a count, yes/no or an option key. */
export type RawValue = string | number | boolean | null;

export type ScoringUnit = {
  code: string;
  name: string;
  type: UnitType;
  /** Ranking group (khối); default: the unit type. */
  group?: string;
};

export type LeafInput = {
  self?: RawValue;
  appraised?: RawValue;
  notApplicable?: boolean;
};

/** inputs[unitCode][leafCode] */
export type RoundInputs = Record<string, Record<string, LeafInput>>;

export type ValueSource = "appraised" | "self" | "missing";

export type LeafResult = {
  code: string;
  name: string;
  points: number;
  max: number;
  bonus: boolean;
  value: RawValue;
  source: ValueSource;
  notApplicable: boolean;
  /** Set when the value could not be scored under the leaf's rule (the leaf then scores 0). */
  error?: string;
};

/** Totals of a field or criterion (any internal node). `index` is null when nothing in it applies. */
export type NodeResult = {
  code: string;
  name: string;
  achieved: number;
  max: number;
  index: number | null;
};

export type Deficiency = { code: string; name: string; lost: number };

/** Compared with the previous round. Index changes use published (2-decimal) values. */
export type UnitChange = {
  /** index − previous index; null when either is missing. */
  index: number | null;
  /** previous rank − rank: positive means the unit moved up. */
  rank: number | null;
  fields: { code: string; index: number | null }[];
  /**
   * Present when the unit was formed or enlarged that year (a reorganisation): the predecessors whose
   * previous indices, weighted, the change is taken against. Ranks are then not compared.
   */
  basis?: ComparisonBasis[];
};

export type ComparisonBasis = { unit: string; name: string; index: number | null; weight: number };

export type UnitResult = {
  unit: string;
  name: string;
  type: UnitType;
  group: string;
  achieved: number;
  max: number;
  /** achieved ÷ max × 100, capped at 100; null when no leaf applies. */
  index: number | null;
  rank: number | null;
  classification: string | null;
  provisional: boolean;
  fields: NodeResult[];
  /** Every internal node, fields included, in tree order. */
  criteria: NodeResult[];
  deficiencies: Deficiency[];
  missing: string[];
  leafResults: LeafResult[];
  change?: UnitChange;
};

export type ScoringError = { unit: string; criterion?: string; message: string };

export type RoundResult = {
  units: UnitResult[];
  errors: ScoringError[];
};

/** What scoreRound needs from last year's result: a RoundResult or its printed JSON both fit. */
export type PreviousRound = {
  units: {
    unit: string;
    index: number | null;
    rank: number | null;
    fields: { code: string; index: number | null }[];
    basis?: ComparisonBasis[];
  }[];
};
