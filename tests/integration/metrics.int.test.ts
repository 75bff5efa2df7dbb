import { describe, expect, it } from "vitest";
import path from "node:path";
import { readFileSync } from "node:fs";
import { db } from "../../lib/db/client";
import { parseUnitsFile } from "../../lib/units/units-file";
import { importUnits } from "../../lib/units/import-units";
import { importCases } from "../../lib/cases/import-cases";
import { fileRows } from "../../lib/cases/case-source";
import { metricInputs } from "../../lib/queries/metrics";
import { lateCases } from "../../lib/queries/cases/late-cases";

const FIX = path.resolve(import.meta.dirname, "../fixtures/cases");

describe("metricInputs", () => {
  it("computes each metric from records, null where a unit has no data", async () => {
    await importUnits(parseUnitsFile(readFileSync(path.join(FIX, "units.csv"))).units, null);
    expect(await importCases(fileRows(path.join(FIX, "cases-2023.csv")))).toMatchObject({ ok: true });
    const so = await db().unit.findUniqueOrThrow({ where: { code: "SO_A" } });
    const xa = await db().unit.findUniqueOrThrow({ where: { code: "X_A" } });
    const h = await db().unit.findUniqueOrThrow({ where: { code: "H_A" } });
    await db().procedure.createMany({
      data: [
        { unitId: so.id, year: 2024, code: "1.001", name: "A", onlineLevel: "TOAN_TRINH" },
        { unitId: so.id, year: 2024, code: "1.002", name: "B", onlineLevel: "MOT_PHAN" },
        { unitId: so.id, year: 2024, code: "1.003", name: "C", onlineLevel: "KHONG" },
        { unitId: so.id, year: 2024, code: "1.004", name: "D", onlineLevel: "KHONG" },
      ],
    });
    const d = (s: string) => new Date(`${s}T00:00:00Z`);
    await db().planTask.createMany({
      data: [
        {
          year: 2023,
          code: "T1",
          unitId: so.id,
          title: "a",
          product: "Kế hoạch",
          deadline: d("2023-03-31"),
          status: "DONE",
          completedAt: d("2023-03-30"),
        },
        {
          year: 2023,
          code: "T2",
          unitId: so.id,
          title: "b",
          product: "Báo cáo",
          deadline: d("2023-06-30"),
          status: "DONE",
          completedAt: d("2023-07-02"),
        },
        {
          year: 2023,
          code: "T3",
          unitId: so.id,
          title: "c",
          product: "Quyết định",
          deadline: d("2023-09-30"),
          status: "IN_PROGRESS",
        },
        {
          year: 2023,
          code: "T4",
          unitId: so.id,
          title: "d",
          product: "Văn bản",
          deadline: d("2023-12-31"),
          status: "DONE",
          completedAt: d("2023-12-31"),
        },
        {
          year: 2022,
          code: "T1",
          unitId: xa.id,
          title: "old",
          product: "x",
          deadline: d("2022-12-31"),
          status: "DONE",
          completedAt: d("2022-12-01"),
        },
      ],
    });

    const m = await metricInputs(2023, [so.id, h.id, xa.id]);
    expect(m.get(so.id)).toMatchObject({
      "cases.onTimeRate": 50,
      "cases.onlineRate": 25,
      "cases.apologyInTimeRate": 50,
      "services.onlineRate": 25,
      "services.anyOnlineRate": 50,
      "plan.completionRate": 75,
      "plan.onTimeRate": 50,
    });
    expect(m.get(h.id)).toMatchObject({
      "cases.onTimeRate": 50,
      "cases.onlineRate": 100,
      "cases.apologyInTimeRate": 0,
      "services.onlineRate": null,
      "plan.completionRate": null,
    });
    expect(m.get(xa.id)).toMatchObject({
      "cases.onTimeRate": 100,
      "cases.apologyInTimeRate": null,
      "plan.completionRate": null,
    });
  });

  it("lists late cases with apology status and filters", async () => {
    const all = await lateCases({ year: 2023, unitIds: null });
    expect(all.rows.map((r) => r.code).sort()).toEqual(["HS03", "HS04", "HS06"]);
    expect(all.rows.find((r) => r.code === "HS03")).toMatchObject({ apologyInTime: true, daysLate: 1 });
    expect(
      (await lateCases({ year: 2023, unitIds: null, apology: "notInTime" })).rows.map((r) => r.code),
    ).toEqual(["HS06"]);
    expect((await lateCases({ year: 2023, unitIds: null, apology: "none" })).rows.map((r) => r.code)).toEqual(
      ["HS04"],
    );
    expect((await lateCases({ year: 2023, unitIds: null, level: "huyen" })).total).toBe(1);
    expect((await lateCases({ year: 2023, unitIds: null, channel: 3 })).rows.map((r) => r.code)).toEqual([
      "HS04",
    ]);
  });
});
