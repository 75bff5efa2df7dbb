// Unit users see only their unit's cases: every query takes the ids from scopedUnitIds.
import { describe, expect, it } from "vitest";
import path from "node:path";
import { readFileSync } from "node:fs";
import { db } from "../../lib/db/client";
import { parseUnitsFile } from "../../lib/units/units-file";
import { importUnits } from "../../lib/units/import-units";
import { importCases } from "../../lib/cases/import-cases";
import { fileRows } from "../../lib/cases/case-source";
import { scopedUnitIds } from "../../lib/queries/scope";
import { caseReport } from "../../lib/queries/cases/case-report";
import { caseReportByMonth } from "../../lib/queries/cases/case-report-by-month";
import { lateCases, latePageQuery } from "../../lib/queries/cases/late-cases";
import { caseFields } from "../../lib/queries/cases/case-fields";
import { periodParams, periodRows, yearPeriod } from "../../lib/queries/cases/case-summary";

const FIX = path.resolve(import.meta.dirname, "../fixtures/cases");

describe("unit scoping of case figures", () => {
  it("limits a unit user's figures and lists to their unit; an admin sees all", async () => {
    await importUnits(parseUnitsFile(readFileSync(path.join(FIX, "units.csv"))).units, null);
    await importCases(fileRows(path.join(FIX, "cases-2023.csv")));
    const h = await db().unit.findUniqueOrThrow({ where: { code: "H_A" } });
    const staff = scopedUnitIds({ id: 1, role: "UNIT_STAFF", unitId: h.id }, "cases:read");
    expect(staff).toEqual([h.id]);
    expect((await caseReport(2023, "unit", staff)).map((r) => r.key)).toEqual(["H_A"]);
    expect((await caseReport(2023, "level", staff)).map((r) => r.key)).toEqual(["huyen"]);
    expect((await lateCases({ year: 2023, unitIds: staff })).rows.map((r) => r.code)).toEqual(["HS06"]);
    expect(await caseFields(staff)).toEqual(["Xây dựng", "Đất đai"].sort());
    const months = await caseReportByMonth(2023, staff);
    expect(months.reduce((a, m) => a + m.finished, 0)).toBe(2);

    const orphan = scopedUnitIds({ id: 2, role: "UNIT_STAFF", unitId: null }, "cases:read");
    expect(orphan).toEqual([]);
    expect(await caseReport(2023, "unit", orphan)).toEqual([]);
    expect((await lateCases({ year: 2023, unitIds: orphan })).total).toBe(0);

    const admin = scopedUnitIds({ id: 3, role: "ADMIN", unitId: null }, "cases:read");
    expect((await caseReport(2023, "unit", admin)).map((r) => r.key)).toEqual(["H_A", "SO_A", "X_A"]);
  });
});

/** The plan PostgreSQL would choose for `sql` if it could not read whole tables. */
async function planWithoutTableScans(sql: string, params: unknown[]): Promise<string> {
  const plan = await db().$transaction(async (tx) => {
    await tx.$executeRawUnsafe("set local enable_seqscan = off");
    await tx.$executeRawUnsafe("set local enable_bitmapscan = off");
    return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`explain ${sql}`, ...params);
  });
  return plan.map((r) => r["QUERY PLAN"]).join("\n");
}

describe("case figures at scale (issue 16)", () => {
  // The open cases every figure reads from the records come from an index holding only them, with
  // the columns the figures use (520 → 5 ms of a year's report at 7,5 million cases).
  it("read the cases not finished yet from the open-case index alone", async () => {
    await db().$executeRawUnsafe(`vacuum analyze "CaseRecord"`); // as autovacuum leaves a table in use
    const plan = await planWithoutTableScans(periodRows("unit"), periodParams(yearPeriod(2023), null));
    expect(plan).toMatch(/Index Only Scan using "CaseRecord_open_idx"/);
  });

  // The late-case list's page is read along an index holding late cases only (32 → 2 ms a page at
  // 7,5 million cases). Its predicate must stay the list's own condition, or PostgreSQL cannot use it.
  it("read the late-case list along the late-case index", async () => {
    const [sql, ...params] = latePageQuery({ year: 2023, unitIds: null, limit: 25 });
    expect(await planWithoutTableScans(sql, params)).toContain("CaseRecord_late_finishedAt_idx");
    expect((await lateCases({ year: 2023, unitIds: null })).rows.map((r) => r.code)).toContain("HS06");
  });
});
