// The triggers that keep the case summaries are created by a migration whose text was generated from
// lib/cases/case-summary-sql.ts (the same SQL rules as the case queries). If the rules change, a new
// migration must replace the triggers: this test fails while the stored text and the module differ.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { caseSummaryMigration } from "../../lib/cases/case-summary-sql";

describe("the case summaries' migration", () => {
  it("holds the SQL the module writes", () => {
    const dir = path.resolve(import.meta.dirname, "../../prisma/migrations");
    const latest = readdirSync(dir)
      .filter((d) => /_case_summar/.test(d))
      .sort()
      .at(-1)!;
    const sql = readFileSync(path.join(dir, latest, "migration.sql"), "utf8");
    expect(sql.endsWith(caseSummaryMigration())).toBe(true);
  });
});
