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

describe("the late-case list", () => {
  // Its page is read along an index holding late cases only (issue 16: 32 → 2 ms a page at 7,5
  // million cases). The index's predicate must stay the list's own condition, or PostgreSQL cannot use it.
  it("can be read along the late-case index", async () => {
    const plan = await db().$transaction(async (tx) => {
      await tx.$executeRawUnsafe("set local enable_seqscan = off");
      await tx.$executeRawUnsafe("set local enable_bitmapscan = off");
      const [sql, ...params] = latePageQuery({ year: 2023, unitIds: null, limit: 25 });
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`explain ${sql}`, ...params);
    });
    expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toContain("CaseRecord_late_finishedAt_idx");
    expect((await lateCases({ year: 2023, unitIds: null })).rows.map((r) => r.code)).toContain("HS06");
  });
});
