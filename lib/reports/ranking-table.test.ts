import { describe, expect, it } from "vitest";
import {
  filterRankingRows,
  foldVietnamese,
  isCompetitionRanking,
  parseRankingQuery,
  sortRankingRows,
} from "./ranking-table";
import type { RankingRow } from "./types";

const row = (
  code: string,
  name: string,
  rank: number | null,
  index: number | null,
  extra: Partial<RankingRow> = {},
): RankingRow => ({
  code,
  name,
  rank,
  index,
  achieved: 0,
  max: 100,
  classification: null,
  indexChange: null,
  rankChange: null,
  fields: {},
  provisional: false,
  ...extra,
});

const rows = [
  row("A", "Sở Tư pháp", 2, 88.5, {
    indexChange: -1,
    rankChange: 1,
    fields: { "1": 90 },
    classification: "Tốt",
  }),
  row("B", "Sở Thông tin và Truyền thông", 1, 91.2, {
    indexChange: 2.5,
    rankChange: 0,
    fields: { "1": 80 },
    classification: "Xuất sắc",
  }),
  row("C", "Ban Dân tộc", 2, 88.5, {
    indexChange: null,
    rankChange: null,
    fields: { "1": null },
    classification: "Tốt",
  }),
  row("D", "Đài Phát thanh", null, null),
];

const codes = (r: RankingRow[]) => r.map((x) => x.code).join("");

describe("sortRankingRows", () => {
  it("by rank: shared ranks in name order, unranked last", () => {
    expect(codes(sortRankingRows(rows, "rank", "asc"))).toBe("BCAD");
    expect(codes(sortRankingRows(rows, "rank", "desc"))).toBe("CABD");
  });
  it("by name with the Vietnamese collation", () => {
    expect(codes(sortRankingRows(rows, "name", "asc"))).toBe("CDBA");
  });
  it("by change and by a field, nulls last in both directions", () => {
    expect(codes(sortRankingRows(rows, "change", "desc"))).toBe("BACD");
    expect(codes(sortRankingRows(rows, "change", "asc"))).toBe("ABCD");
    expect(codes(sortRankingRows(rows, "field:1", "desc"))).toBe("ABCD");
  });
  it("does not change its input", () => {
    const before = codes(rows);
    sortRankingRows(rows, "name", "asc");
    expect(codes(rows)).toBe(before);
  });
});

describe("filterRankingRows", () => {
  it("filters by classification and by name without diacritics", () => {
    expect(codes(filterRankingRows(rows, { classification: "Tốt", q: "" }))).toBe("AC");
    expect(codes(filterRankingRows(rows, { classification: null, q: "thong tin" }))).toBe("B");
    expect(codes(filterRankingRows(rows, { classification: null, q: "dai phat" }))).toBe("D");
    expect(codes(filterRankingRows(rows, { classification: "Xuất sắc", q: "tu phap" }))).toBe("");
  });
  it("folds đ and marks", () => {
    expect(foldVietnamese("Đắk Lắk")).toBe("dak lak");
  });
});

describe("parseRankingQuery", () => {
  it("accepts known keys and falls back to rank", () => {
    expect(parseRankingQuery({ sap_xep: "index" }, ["1"])).toEqual({
      sort: "index",
      dir: "desc",
      classification: null,
      q: "",
    });
    expect(
      parseRankingQuery({ sap_xep: "field:1", chieu: "asc", xep_loai: "Khá", q: " so " }, ["1"]),
    ).toEqual({ sort: "field:1", dir: "asc", classification: "Khá", q: "so" });
    expect(parseRankingQuery({ sap_xep: "field:9" }, ["1"]).sort).toBe("rank");
    expect(parseRankingQuery({ sap_xep: "drop table", chieu: "x" }, []).dir).toBe("asc");
  });
});

describe("isCompetitionRanking", () => {
  it("accepts 1, 2, 2, 4 and refuses 1, 2, 2, 3", () => {
    expect(
      isCompetitionRanking([
        { rank: 1, index: 95 },
        { rank: 2, index: 90 },
        { rank: 2, index: 90 },
        { rank: 4, index: 80 },
      ]),
    ).toBe(true);
    expect(
      isCompetitionRanking([
        { rank: 1, index: 95 },
        { rank: 2, index: 90 },
        { rank: 2, index: 90 },
        { rank: 3, index: 80 },
      ]),
    ).toBe(false);
    expect(isCompetitionRanking([{ rank: 1, index: null }])).toBe(false);
  });
});
