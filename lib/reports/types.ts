// Plain shapes shared by the report queries, pages and exports (no database, no React).

/** One unit's line in a league table. Indices are the published (2-decimal) values. */
export type RankingRow = {
  code: string;
  name: string;
  rank: number | null;
  index: number | null;
  achieved: number;
  max: number;
  classification: string | null;
  /** index − last year's index; null without a previous result */
  indexChange: number | null;
  /** last year's rank − this year's rank: positive = moved up */
  rankChange: number | null;
  /** component index per field code */
  fields: Record<string, number | null>;
  provisional: boolean;
};

export type FieldHead = { code: string; name: string };
