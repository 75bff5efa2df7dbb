// Unit lineage after a reorganisation (the 2025 two-tier reform and any later one): who carries a
// unit's records on a given day, and whose past results a unit's result is compared with.
// Pure: edges and units come in, no database.

export const LINEAGE_KINDS = ["sap_nhap", "chia_tach", "doi_ten", "dieu_chinh"] as const;
export type LineageKind = (typeof LINEAGE_KINDS)[number];

export const LINEAGE_KIND_LABEL: Record<LineageKind, string> = {
  sap_nhap: "Sáp nhập",
  chia_tach: "Chia tách",
  doi_ten: "Đổi tên",
  dieu_chinh: "Điều chỉnh một phần",
};

/** old → new, effective from `date` (the successor's first day, "YYYY-MM-DD") */
export type LineageEdge = { from: number; to: number; date: string; kind: LineageKind; share: number | null };

/** Kinds after which the old unit no longer exists (dieu_chinh: a part moves, the old unit continues). */
export const ENDING_KINDS: ReadonlySet<LineageKind> = new Set(["sap_nhap", "chia_tach", "doi_ten"]);

export type Successor = {
  /** the unit that carries the records on that day */
  unit: number;
  /** the chain stopped at a unit that was divided: its records stay under its own code */
  split: boolean;
};

/**
 * The unit that succeeds `unit` on `asOf`: merges and renames effective on or before that day are
 * followed through chains (A → B in 2025, B renamed in 2026); a divided unit keeps its records
 * under its own code (which successor a case belongs to is not known); a partial transfer moves
 * nothing.
 */
export function successorOn(unit: number, asOf: string, edges: readonly LineageEdge[]): Successor {
  const byFrom = groupBy(
    edges.filter((e) => e.date <= asOf),
    (e) => e.from,
  );
  const seen = new Set<number>();
  let current = unit;
  for (;;) {
    seen.add(current);
    const out = byFrom.get(current) ?? [];
    if (out.some((e) => e.kind === "chia_tach")) return { unit: current, split: true };
    const next = out.find((e) => e.kind === "sap_nhap" || e.kind === "doi_ten");
    if (!next || seen.has(next.to)) return { unit: current, split: false };
    current = next.to;
  }
}

/** successorOn for many units at once. */
export function successorsOn(
  units: Iterable<number>,
  asOf: string,
  edges: readonly LineageEdge[],
): Map<number, Successor> {
  return new Map([...units].map((u) => [u, successorOn(u, asOf, edges)]));
}

export type BasisUnit = { unit: number; weight: number; kind: LineageKind | "self" };

/**
 * The units whose year Y−1 results a unit's year-Y result is compared with. A unit untouched in
 * year Y is compared with itself. A unit formed in Y is compared with its predecessors (whole
 * units weight 1, a divided unit by the successor's share); a unit enlarged in Y (it absorbed
 * another and kept its code) with itself and what it absorbed. Renames are the same unit: a unit
 * renamed in Y is compared with its old code alone. Chains within the year are followed.
 */
export function comparisonBasis(
  unit: number,
  year: number,
  edges: readonly LineageEdge[],
  existedBefore: (unit: number) => boolean,
): BasisUnit[] {
  const from = `${year}-01-01`,
    to = `${year}-12-31`;
  const byTo = groupBy(
    edges.filter((e) => e.date >= from && e.date <= to),
    (e) => e.to,
  );
  const out = new Map<number, BasisUnit>();
  const add = (b: BasisUnit) => {
    const had = out.get(b.unit);
    out.set(b.unit, had ? { ...had, weight: had.weight + b.weight } : b);
  };
  const visit = (u: number, weight: number, kind: BasisUnit["kind"], path: Set<number>) => {
    const incoming = (byTo.get(u) ?? []).filter((e) => e.kind !== "dieu_chinh" || e.share !== null);
    if (!incoming.length) return add({ unit: u, weight, kind });
    if (existedBefore(u) && !incoming.some((e) => e.kind === "doi_ten")) add({ unit: u, weight, kind });
    for (const e of incoming) {
      if (path.has(e.from)) continue;
      const w = e.kind === "chia_tach" || e.kind === "dieu_chinh" ? (e.share ?? 0) : 1;
      visit(e.from, weight * w, e.kind, new Set([...path, e.from]));
    }
  };
  visit(unit, 1, "self", new Set([unit]));
  return [...out.values()].filter((b) => b.weight > 0);
}

/** True when the basis is the unit itself or its old code: ranks are comparable. */
export function sameField(unit: number, basis: readonly BasisUnit[]): boolean {
  return basis.length === 1 && (basis[0]!.unit === unit || basis[0]!.kind === "doi_ten");
}

/** Σ weight × index ÷ Σ weight over the basis units that have an index; null when none has. */
export function weightedIndex(
  basis: readonly BasisUnit[],
  indexOf: (unit: number) => number | null | undefined,
): number | null {
  let sum = 0,
    weights = 0;
  for (const b of basis) {
    const idx = indexOf(b.unit);
    if (idx === null || idx === undefined) continue;
    sum += b.weight * idx;
    weights += b.weight;
  }
  return weights > 0 ? sum / weights : null;
}

/** Every earlier code of a unit reached through renames, nearest first (a renamed unit keeps its history). */
export function renamedFrom(unit: number, edges: readonly LineageEdge[]): number[] {
  const out: number[] = [];
  let current = unit;
  for (;;) {
    const e = edges.find((x) => x.to === current && x.kind === "doi_ten");
    if (!e || e.from === unit || out.includes(e.from)) return out;
    out.push(e.from);
    current = e.from;
  }
}

/** Every unit whose records pass to `unit` (through merges and renames, any year), not `unit` itself. */
export function ancestorsOf(unit: number, edges: readonly LineageEdge[]): number[] {
  const byTo = groupBy(
    edges.filter((e) => e.kind !== "dieu_chinh"),
    (e) => e.to,
  );
  const out = new Set<number>();
  const stack = [unit];
  while (stack.length) {
    for (const e of byTo.get(stack.pop()!) ?? []) {
      if (e.from === unit || out.has(e.from)) continue;
      out.add(e.from);
      stack.push(e.from);
    }
  }
  return [...out];
}

function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const i of items) {
    const k = key(i);
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  }
  return m;
}
