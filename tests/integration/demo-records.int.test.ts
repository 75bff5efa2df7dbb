import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { db } from "../../lib/db/client";
import { demoUnits } from "../../lib/demo/units";
import { seedCaseRecords } from "../../lib/demo/cases";
import { seedProcedures, seedFeedback, seedPlanTasks } from "../../lib/demo/records";
import { caseReport } from "../../lib/queries/cases/case-report";

describe("demo records", () => {
  it("seeds cases with realistic on-time rates by level, and the other records", async () => {
    const url = inject("databaseUrl");
    await db().unit.createMany({ data: demoUnits().map((u) => ({ code: u.code, name: u.name, type: u.type, level: u.level, group: u.group })) });
    const units = (await db().unit.findMany({ select: { id: true, code: true, level: true } }));
    const t = Date.now();
    const r = await seedCaseRecords(url, units, 20_000);
    expect(r.inserted).toBe(r.rows);
    console.log(`seeded ${r.rows} cases in ${Date.now() - t} ms`);
    const rates = Object.fromEntries((await caseReport(2023, "level")).map((x) => [x.key, x.onTimeRate!]));
    expect(rates.tinh).toBeGreaterThan(96.5);
    expect(rates.huyen).toBeGreaterThan(93);
    expect(rates.huyen).toBeLessThan(97);
    expect(rates.xa).toBeGreaterThan(90);
    expect(rates.xa).toBeLessThan(94);
    expect(await seedProcedures(url, units)).toBeGreaterThan(0);
    expect(await seedFeedback(url, units)).toBeGreaterThan(0);
    expect(await seedPlanTasks(url, units)).toBeGreaterThan(0);
    expect(await seedPlanTasks(url, units)).toBe(0);
    expect(await db().planTask.count({ where: { assignedByProvince: true } })).toBeGreaterThan(0);
  });
});
