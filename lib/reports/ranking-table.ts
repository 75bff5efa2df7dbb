// Sorting and filtering of a league table, driven by the page's search params (server-side, so
// the table works without JavaScript and a sorted view can be linked or printed).
import type { RankingRow } from "./types";

export type SortKey = "rank" | "name" | "index" | "change" | "rankChange" | `field:${string}`;
export type SortDir = "asc" | "desc";
export type RankingQuery = { sort: SortKey; dir: SortDir; classification: string | null; q: string };

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

export function parseRankingQuery(
  sp: Record<string, string | string[] | undefined>,
  fieldCodes: string[],
): RankingQuery {
  const one = (k: string) => (Array.isArray(sp[k]) ? sp[k]![0] : sp[k]) ?? "";
  const raw = one("sap_xep");
  const sort: SortKey =
    raw === "name" || raw === "index" || raw === "change" || raw === "rankChange"
      ? raw
      : raw.startsWith("field:") && fieldCodes.includes(raw.slice(6))
        ? (raw as SortKey)
        : "rank";
  const dirRaw = one("chieu");
  const dir: SortDir = dirRaw === "asc" || dirRaw === "desc" ? dirRaw : defaultDir(sort);
  const classification = one("xep_loai") || null;
  return { sort, dir, classification, q: one("q").trim().slice(0, 100) };
}

/** Ranks and names read best ascending; figures read best descending. */
export function defaultDir(sort: SortKey): SortDir {
  return sort === "rank" || sort === "name" ? "asc" : "desc";
}

function valueOf(row: RankingRow, sort: SortKey): number | string | null {
  switch (sort) {
    case "rank":
      return row.rank;
    case "name":
      return row.name;
    case "index":
      return row.index;
    case "change":
      return row.indexChange;
    case "rankChange":
      return row.rankChange;
    default:
      return row.fields[sort.slice(6)] ?? null;
  }
}

/** Stable sort; units without a value go last in either direction; ties keep rank order, then name. */
export function sortRankingRows(rows: RankingRow[], sort: SortKey, dir: SortDir): RankingRow[] {
  const sign = dir === "asc" ? 1 : -1;
  const byRank = (a: RankingRow, b: RankingRow) =>
    (a.rank ?? Infinity) - (b.rank ?? Infinity) || collator.compare(a.name, b.name);
  return [...rows].sort((a, b) => {
    const va = valueOf(a, sort);
    const vb = valueOf(b, sort);
    if (va === null && vb === null) return byRank(a, b);
    if (va === null) return 1;
    if (vb === null) return -1;
    const c = typeof va === "string" ? collator.compare(va, vb as string) : va - (vb as number);
    return c !== 0 ? sign * c : byRank(a, b);
  });
}

/** Lower case without diacritics, so "thong tin" finds "Thông tin" and "dak lak" finds "Đắk Lắk". */
export function foldVietnamese(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}

export function filterRankingRows(
  rows: RankingRow[],
  f: { classification: string | null; q: string },
): RankingRow[] {
  const q = foldVietnamese(f.q.trim());
  return rows.filter(
    (r) =>
      (f.classification === null || r.classification === f.classification) &&
      (q === "" || foldVietnamese(r.name).includes(q) || foldVietnamese(r.code).includes(q)),
  );
}

/** True when ranks follow competition ranking of the indices ("1, 2, 2, 4"), in any row order. */
export function isCompetitionRanking(rows: { rank: number | null; index: number | null }[]): boolean {
  const ranked = rows.filter((r) => r.index !== null);
  if (rows.some((r) => (r.index === null) !== (r.rank === null))) return false;
  return ranked.every((r) => r.rank === 1 + ranked.filter((o) => o.index! > r.index!).length);
}
