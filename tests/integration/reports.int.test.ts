// The report queries against a small round whose figures are worked out by hand: four units, two
// years, a shared first place in the live (unpublished) year.
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { db } from "../../lib/db/client";
import { insertCriteriaSet } from "../../lib/criteria/store";
import { publishRound } from "../../lib/results/publish";
import { computeRoundResult } from "../../lib/results/compute";
import { round2, topFixes } from "../../lib/scoring";
import { rankingData } from "../../lib/queries/reports/rankings";
import { rankingRounds } from "../../lib/queries/reports/ranking-rounds";
import { unitProfileData } from "../../lib/queries/reports/unit-profile";
import { provinceOverview } from "../../lib/queries/reports/province-overview";
import { remediationStatus } from "../../lib/queries/reports/remediation-status";
import { rankingsWorkbook } from "../../lib/reports/xlsx/rankings-workbook";
import { unitWorkbook } from "../../lib/reports/xlsx/unit-workbook";
import { HEADER_ROW } from "../../lib/reports/xlsx/sheet";
import { makeUnit, makeUser } from "./factories";

const manual = { type: "manual" };
const set = (year: number) => ({
  name: `Bộ tiêu chí thử ${year}`,
  year,
  group: "SO",
  classification: [
    { label: "Xuất sắc", min: 90 },
    { label: "Tốt", min: 80 },
    { label: "Khá", min: 70 },
    { label: "Yếu", min: 0 },
  ],
  fields: [
    {
      code: "1",
      name: "Chỉ đạo, điều hành",
      children: [
        { code: "1.1", name: "Kế hoạch", max: 5, rule: manual },
        { code: "1.2", name: "Báo cáo", max: 5, rule: manual },
      ],
    },
    {
      code: "2",
      name: "Thủ tục hành chính",
      children: [{ code: "2.1", name: "Một cửa", max: 10, rule: manual }],
    },
  ],
});
// points per unit for leaves 1.1, 1.2, 2.1
const Y2022: Record<string, number[]> = { A: [5, 5, 10], B: [4, 5, 8], C: [3, 3, 6], D: [5, 5, 5] };
const Y2023: Record<string, number[]> = { A: [5, 4, 9], B: [5, 4, 9], C: [4, 4, 9], D: [2, 3, 5] };

let adminId = 0;
const ids: Record<string, number> = {};

async function makeRound(year: number, values: Record<string, number[]>, appraised: boolean) {
  const setId = await db().$transaction((tx) => insertCriteriaSet(tx, set(year)));
  const round = await db().evaluationRound.create({
    data: { year, group: "SO", name: `Đợt ${year}`, criteriaSetId: setId, status: "APPRAISAL" },
  });
  const nodes = new Map((await db().criteriaNode.findMany({ where: { setId } })).map((n) => [n.code, n.id]));
  for (const [code, pts] of Object.entries(values)) {
    for (const [i, leaf] of ["1.1", "1.2", "2.1"].entries()) {
      await db().assessmentValue.create({
        data: {
          roundId: round.id,
          unitId: ids[code]!,
          nodeId: nodes.get(leaf)!,
          selfValue: String(pts[i]),
          appraisedValue: appraised ? String(pts[i]) : null,
        },
      });
    }
  }
  return round.id;
}

let round2023 = 0;

beforeAll(async () => {
  for (const code of ["A", "B", "C", "D"]) ids[code] = (await makeUnit({ code, name: `Sở ${code}` })).id;
  adminId = (await makeUser("ADMIN")).id;
  const r2022 = await makeRound(2022, Y2022, true);
  await publishRound(r2022, { id: adminId }, null, new Date("2023-04-20T02:00:00Z"));
  round2023 = await makeRound(2023, Y2023, false);
});

describe("rankingData", () => {
  it("shows a published year from its snapshot", async () => {
    const d = (await rankingData(2022, "SO"))!;
    expect(d.kind).toBe("published");
    expect(d.rows.map((r) => [r.code, r.rank, r.index, r.classification])).toEqual([
      ["A", 1, 100, "Xuất sắc"],
      ["B", 2, 85, "Tốt"],
      ["D", 3, 75, "Khá"],
      ["C", 4, 60, "Yếu"],
    ]);
    expect(d.average).toEqual({ index: 80, fields: { "1": 87.5, "2": 72.5 } });
    expect((await rankingRounds()).latestPublishedYear).toBe(2022);
  });

  it("computes an unpublished year live, equal to the engine's result, with shared ranks and changes", async () => {
    const d = (await rankingData(2023, "SO"))!;
    const engine = (await computeRoundResult(round2023)).result;
    expect(d.kind).toBe("live");
    expect(d.rows.every((r) => r.provisional)).toBe(true);
    for (const r of d.rows) {
      const u = engine.units.find((x) => x.unit === r.code)!;
      expect([r.rank, r.index, r.classification]).toEqual([u.rank, round2(u.index!), u.classification]);
    }
    expect(d.rows.map((r) => [r.code, r.rank, r.index, r.indexChange, r.rankChange])).toEqual([
      ["A", 1, 90, -10, 0],
      ["B", 1, 90, 5, 1],
      ["C", 3, 85, 25, 1],
      ["D", 4, 50, -25, -1],
    ]);
    expect(d.rows.find((r) => r.code === "C")!.fields).toEqual({ "1": 80, "2": 90 });
  });

  it("answers null for a year without a round", async () => {
    expect(await rankingData(2019, "SO")).toBeNull();
  });
});

describe("unitProfileData", () => {
  it("gives the year, its history, losses largest first, the engine's fixes and the summary", async () => {
    const unit = await db().unit.findUniqueOrThrow({ where: { code: "D" } });
    const p = await unitProfileData(unit, 2023);
    const c = p.current!;
    expect(p.years).toEqual([2022, 2023]);
    expect(p.history.map((h) => [h.year, h.index, h.rank, h.groupSize, h.provisional])).toEqual([
      [2022, 75, 3, 4, false],
      [2023, 50, 4, 4, true],
    ]);
    expect(c.deficiencies.map((d) => [d.code, d.lost])).toEqual([
      ["2.1", 5],
      ["1.1", 3],
      ["1.2", 2],
    ]);
    expect(c.fixes).toEqual(topFixes((await computeRoundResult(round2023)).result, "D", 5));
    expect(c.fields.map((f) => [f.code, f.index, f.groupAverage, f.indexChange, f.pointsChange])).toEqual([
      ["1", 50, 77.5, -50, -5],
      ["2", 50, 80, 0, 0],
    ]);
    expect(c.summary).toBe(
      "Năm 2023 (tạm tính) đạt 50,00 điểm, giảm 25,00 điểm so với năm 2022, xếp thứ 4/4 trong khối sở, ban, ngành, xếp loại Yếu; " +
        "chưa có lĩnh vực nào đạt điểm tối đa; giảm ở lĩnh vực Chỉ đạo, điều hành (chỉ số thành phần −50,00).",
    );
    const b = await unitProfileData(await db().unit.findUniqueOrThrow({ where: { code: "B" } }), 2023);
    expect(b.current!.summary).toContain("xếp đồng hạng 1/4 (cùng 1 đơn vị khác)");
  });

  it("defaults to the latest published year", async () => {
    const p = await unitProfileData(await db().unit.findUniqueOrThrow({ where: { code: "A" } }));
    expect(p.current!.year).toBe(2022);
    expect(p.current!.summary).toMatch(/^Năm 2022 đạt 100,00 điểm, xếp thứ 1\/4/);
  });

  it("counts remediation items by status, overdue ones too", async () => {
    const plan = await db().remediationPlan.create({
      data: { unitId: ids.D!, year: 2023, title: "Kế hoạch khắc phục", createdById: adminId },
    });
    const item = (status: "PLANNED" | "IN_PROGRESS" | "DONE", deadline: string) => ({
      planId: plan.id,
      source: "DEFICIENCY" as const,
      problem: "Mất điểm",
      action: "Khắc phục",
      owner: "Văn phòng",
      deadline: new Date(deadline),
      status,
    });
    await db().remediationItem.createMany({
      data: [item("PLANNED", "2020-01-01"), item("IN_PROGRESS", "2999-01-01"), item("DONE", "2020-01-01")],
    });
    const s = await remediationStatus(ids.D!);
    expect(s).toEqual({
      byStatus: { PLANNED: 1, IN_PROGRESS: 1, DONE: 1, VERIFIED: 0, REOPENED: 0 },
      overdue: 1,
      total: 3,
    });
    expect((await remediationStatus(ids.A!)).total).toBe(0);
  });
});

describe("provinceOverview", () => {
  it("summarises the latest published year", async () => {
    const o = await provinceOverview();
    expect(o.year).toBe(2022);
    expect(o.groups).toEqual([expect.objectContaining({ group: "SO", units: 4, average: 80 })]);
    expect(o.groups[0]!.byClassification.map((c) => c.count)).toEqual([1, 1, 1, 1]);
    const live = await provinceOverview(2023);
    expect(live.kind).toBe("live");
    expect(live.risers.map((m) => m.code)).toEqual(["C", "B"]);
    expect(live.fallers.map((m) => m.code)).toEqual(["D", "A"]);
  });
});

describe("XLSX exports", () => {
  it("writes the league table with Vietnamese headers and numbers as numbers", async () => {
    const d = (await rankingData(2023, "SO"))!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await rankingsWorkbook(d).xlsx.writeBuffer()) as ArrayBuffer);
    const ws = wb.getWorksheet("Xếp hạng")!;
    expect(String(ws.getCell(1, 1).value)).toContain("NĂM 2023");
    expect(ws.getCell(2, 1).value).toBe("Kết quả tạm tính, chưa công bố");
    expect(ws.getRow(HEADER_ROW).getCell(1).value).toBe("Hạng");
    expect(ws.getRow(HEADER_ROW).getCell(6).value).toBe("Chỉ số CCHC");
    expect(ws.getRow(HEADER_ROW).getCell(10).value).toBe("LV1. Chỉ đạo, điều hành");
    const first = ws.getRow(HEADER_ROW + 1);
    expect([
      first.getCell(1).value,
      first.getCell(2).value,
      first.getCell(6).value,
      first.getCell(7).value,
    ]).toEqual([1, "A", 90, "Xuất sắc"]);
    expect(first.getCell(6).numFmt).toBe("0.00");
    const avg = ws.getRow(HEADER_ROW + 5);
    expect([avg.getCell(3).value, avg.getCell(6).value]).toEqual(["Bình quân khối", 78.75]);
  });

  it("writes a unit's detail", async () => {
    const p = await unitProfileData(await db().unit.findUniqueOrThrow({ where: { code: "D" } }), 2023);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await unitWorkbook(p).xlsx.writeBuffer()) as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Tổng hợp",
      "Lĩnh vực",
      "Điểm bị mất",
      "Theo năm",
      "Khắc phục ưu tiên",
    ]);
    const losses = wb.getWorksheet("Điểm bị mất")!;
    expect([
      losses.getRow(HEADER_ROW + 1).getCell(1).value,
      losses.getRow(HEADER_ROW + 1).getCell(3).value,
    ]).toEqual(["2.1", 5]);
    expect(wb.getWorksheet("Theo năm")!.getRow(HEADER_ROW + 2).values).toEqual([
      undefined,
      2023,
      50,
      4,
      4,
      "Yếu",
      "Tạm tính",
    ]);
  });
});
