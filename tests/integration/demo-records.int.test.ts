import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { db } from "../../lib/db/client";
import { demoUnits } from "../../lib/demo/units";
import { seedCaseRecords } from "../../lib/demo/cases";
import { seedProcedures, seedFeedback, seedPlanTasks } from "../../lib/demo/records";
import { caseReport } from "../../lib/queries/cases/case-report";

const day = (d: string | undefined) => (d ? new Date(`${d}T00:00:00Z`) : null);

describe("demo records", () => {
  it("seeds cases with realistic on-time rates by level, each unit's only while it exists, and the other records", async () => {
    const url = inject("databaseUrl");
    const defs = demoUnits();
    await db().unit.createMany({
      data: defs.map((u) => ({
        code: u.code,
        name: u.name,
        type: u.type,
        level: u.level,
        group: u.group,
        validFrom: day(u.validFrom),
        validTo: day(u.validTo),
      })),
    });
    const ids = new Map(
      (await db().unit.findMany({ select: { id: true, code: true } })).map((u) => [u.code, u.id]),
    );
    const units = defs.map((u) => ({
      id: ids.get(u.code)!,
      code: u.code,
      level: u.level,
      validFrom: u.validFrom ?? null,
      validTo: u.validTo ?? null,
    }));
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

    // 2025 on both structures: the old units until 30/6, the new ones from 1/7; nothing after the demo's today
    const outside = await db().$queryRaw<{ n: bigint }[]>`
      select count(*) as n from "CaseRecord" c join "Unit" u on u.id = c."unitId"
      where (u."validTo" is not null and c."receivedAt" >= u."validTo" + 1 - interval '7 hours')
         or (u."validFrom" is not null and c."receivedAt" < u."validFrom" - interval '7 hours')
         or (u."validTo" is not null and c."finishedAt" >= u."validTo" + 1 - interval '7 hours')
         or c."receivedAt" >= timestamptz '2026-12-01 00:00+07'`;
    expect(Number(outside[0]!.n)).toBe(0);
    const y2025 = Object.fromEntries((await caseReport(2025, "unit")).map((x) => [x.key, x.finished]));
    expect(y2025.H_DL).toBeGreaterThan(0);
    expect(y2025.X_031).toBeGreaterThan(0);
    expect(y2025.XA_DOLUONG).toBeGreaterThan(0);
    expect(y2025.SO_TTTT).toBeGreaterThan(0);
    expect(y2025.SO_NNMT).toBeGreaterThan(0);
    const y2026 = (await caseReport(2026, "level")).map((x) => x.key);
    expect(y2026).not.toContain("huyen");
    const perYear = await db().$queryRaw<
      { y: number; n: bigint }[]
    >`select extract(year from "receivedAt" at time zone 'Asia/Ho_Chi_Minh')::int as y, count(*) as n from "CaseRecord" group by 1 order by 1`;
    expect(perYear.map((x) => x.y)).toEqual([2022, 2023, 2024, 2025, 2026]);
    for (const x of perYear) expect(Number(x.n), String(x.y)).toBeGreaterThan((20_000 / 5) * 0.75);

    expect(await seedProcedures(url, units)).toBeGreaterThan(0);
    // a commune formed in 2025 also handles the former district procedures
    const procedures = async (code: string) => db().procedure.count({ where: { unitId: ids.get(code)! } });
    expect(await procedures("XA_DOLUONG")).toBeGreaterThan(await procedures("X_031"));
    expect(await seedFeedback(url, units)).toBeGreaterThan(0);
    expect(await seedPlanTasks(url, units)).toBeGreaterThan(0);
    expect(await seedPlanTasks(url, units)).toBe(0);
    expect(await db().planTask.count({ where: { assignedByProvince: true } })).toBeGreaterThan(0);
    const tasks = async (code: string, year: number) =>
      db().planTask.count({ where: { unitId: ids.get(code)!, year } });
    expect(await tasks("SO_TTTT", 2025)).toBeGreaterThan(0);
    expect(await tasks("SO_TTTT", 2026)).toBe(0);
    expect(await tasks("XA_DOLUONG", 2024)).toBe(0);
    expect(await tasks("XA_DOLUONG", 2026)).toBeGreaterThanOrEqual(8);
    const lateTasks = await db().planTask.count({
      where: {
        unitId: { in: [ids.get("SO_TTTT")!, ids.get("H_DL")!] },
        OR: [{ deadline: { gt: day("2025-06-30")! } }, { completedAt: { gt: day("2025-06-30")! } }],
      },
    });
    expect(lateTasks).toBe(0);
    const feedbackAfterEnd = await db().feedback.count({
      where: { unitId: ids.get("H_DL")!, receivedAt: { gte: new Date("2025-07-01T00:00:00+07:00") } },
    });
    expect(feedbackAfterEnd).toBe(0);
  });
});
