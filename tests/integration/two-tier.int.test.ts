// The 2025 reorganisation read on today's structure (issue 11, "Done when"): three communes merge
// into one and a fourth is renamed on 1/7/2025, the district ends. The 2025 round assesses only the
// units that exist; the merged commune's change is taken against its three predecessors' 2024
// results; its users read their results; cases of 2024 count under the new commune as of 1/7/2025.
import { describe, expect, it, beforeAll } from "vitest";
import { db } from "../../lib/db/client";
import { parseUnitsFile } from "../../lib/units/units-file";
import { importUnits } from "../../lib/units/import-units";
import { parseLineageFile } from "../../lib/units/lineage-file";
import { importLineage } from "../../lib/units/import-lineage";
import { createCriteriaSet } from "../../lib/criteria/store";
import { publishRound } from "../../lib/results/publish";
import { latestSnapshot } from "../../lib/results/snapshots";
import { createRound } from "../../lib/assessment/rounds";
import { unitProfileData } from "../../lib/queries/reports/unit-profile";
import { caseReport } from "../../lib/queries/cases/case-report";
import { caseReportAsOf, unitsCountedUnder } from "../../lib/queries/cases/case-report-as-of";
import { importCases } from "../../lib/cases/import-cases";
import { jsonRows } from "../../lib/cases/case-source";
import { can } from "../../lib/auth/permissions";
import { ancestorsOf } from "../../lib/units/lineage";
import { lineageEdges } from "../../lib/units/lineage-store";
import { DomainError } from "../../lib/errors";
import { makeUser } from "./factories";
import { smallSet, nodeId } from "./criteria-fixtures";

const UNITS = `ma_don_vi,ten_don_vi,loai,cap,hieu_luc_tu,hieu_luc_den
T_H1,UBND huyện Một,HUYEN,huyen,,
T_C1,UBND xã Một,XA,xa,,
T_C2,UBND xã Hai,XA,xa,,
T_C3,UBND xã Ba,XA,xa,,
T_C4,UBND xã Bốn,XA,xa,,
T_N1,UBND xã Hợp Nhất,XA,xa,2025-07-01,
T_C5,UBND phường Bốn,XA,xa,2025-07-01,
`;
const LINEAGE = `ma_don_vi_cu,ma_don_vi_moi,ngay_hieu_luc,hinh_thuc,ty_le
T_C1,T_N1,2025-07-01,sap_nhap,
T_C2,T_N1,2025-07-01,sap_nhap,
T_C3,T_N1,2025-07-01,sap_nhap,
T_C4,T_C5,2025-07-01,doi_ten,
`;

const ids: Record<string, number> = {};
let adminId = 0;

async function publishedRound(year: number, choice: Record<string, string>) {
  const setId = await createCriteriaSet(smallSet(year, "XA"));
  const round = await db().evaluationRound.create({
    data: { year, group: "XA", name: `Đợt ${year} khối xã`, criteriaSetId: setId, status: "APPRAISAL" },
  });
  for (const [code, value] of Object.entries(choice)) {
    for (const [leaf, v] of [
      ["1.1", value],
      ["2.2", "1"],
      ["2.3", "40"],
    ] as const) {
      await db().assessmentValue.create({
        data: {
          roundId: round.id,
          unitId: ids[code]!,
          nodeId: await nodeId(setId, leaf),
          selfValue: v,
          appraisedValue: v,
        },
      });
    }
  }
  await publishRound(round.id, { id: adminId });
  return (await latestSnapshot(round.id))!.results;
}

beforeAll(async () => {
  await importUnits(parseUnitsFile(UNITS).units, null);
  for (const u of await db().unit.findMany()) ids[u.code] = u.id;
  await db().unit.update({ where: { code: "T_H1" }, data: { validTo: new Date("2025-06-30") } });
  expect((await importLineage(parseLineageFile(LINEAGE).rows, null)).errors).toEqual([]);
  adminId = (await makeUser("ADMIN")).id;
});

describe("the 2025 reorganisation", () => {
  let r2024: Awaited<ReturnType<typeof publishedRound>>;
  let r2025: Awaited<ReturnType<typeof publishedRound>>;

  it("assesses in 2024 the old communes and in 2025 only the units that exist", async () => {
    r2024 = await publishedRound(2024, {
      T_C1: "kip_thoi",
      T_C2: "khong_kip_thoi",
      T_C3: "khong_ban_hanh",
      T_C4: "kip_thoi",
    });
    expect(r2024.units.map((u) => u.unit).sort()).toEqual(["T_C1", "T_C2", "T_C3", "T_C4"]);
    r2025 = await publishedRound(2025, { T_N1: "kip_thoi", T_C5: "khong_kip_thoi" });
    expect(r2025.units.map((u) => u.unit).sort()).toEqual(["T_C5", "T_N1"]);
  });

  it("compares the merged commune with its three predecessors' 2024 indices, without a rank change", () => {
    const n1 = r2025.units.find((u) => u.unit === "T_N1")!;
    const before = ["T_C1", "T_C2", "T_C3"].map((c) => r2024.units.find((u) => u.unit === c)!.index!);
    expect(n1.change?.basis?.map((b) => [b.unit, b.index, b.weight])).toEqual([
      ["T_C1", before[0], 1],
      ["T_C2", before[1], 1],
      ["T_C3", before[2], 1],
    ]);
    const mean = (before[0]! + before[1]! + before[2]!) / 3;
    expect(n1.change?.index).toBeCloseTo(Math.round(n1.index! * 100) / 100 - Math.round(mean * 100) / 100, 2);
    expect(n1.change?.rank).toBeNull();
    // the renamed commune is the same unit: compared with its old code, rank included
    const c5 = r2025.units.find((u) => u.unit === "T_C5")!;
    expect(c5.change?.basis?.map((b) => b.unit)).toEqual(["T_C4"]);
    expect(c5.change?.rank).toBe(r2024.units.find((u) => u.unit === "T_C4")!.rank! - c5.rank!);
  });

  it("shows the predecessors' results on the merged commune's profile, and the renamed commune's own history", async () => {
    const p = await unitProfileData(
      { id: ids.T_N1!, code: "T_N1", name: "UBND xã Hợp Nhất", group: "XA" },
      2025,
    );
    expect(p.predecessors.map((x) => [x.code, x.kind, x.history.map((h) => h.year)])).toEqual([
      ["T_C3", "Sáp nhập", [2024]],
      ["T_C2", "Sáp nhập", [2024]],
      ["T_C1", "Sáp nhập", [2024]],
    ]);
    expect(p.current?.basis).toHaveLength(3);
    expect(p.current?.summary).toMatch(/so với năm 2024/);
    const renamed = await unitProfileData(
      { id: ids.T_C5!, code: "T_C5", name: "UBND phường Bốn", group: "XA" },
      2025,
    );
    expect(renamed.history.map((h) => h.year)).toEqual([2024, 2025]);
  });

  it("lets the new commune's users read the predecessors' results, not write them", async () => {
    const inherited = ancestorsOf(ids.T_N1!, await lineageEdges());
    const head = { id: 1, role: "UNIT_HEAD" as const, unitId: ids.T_N1!, inheritedUnitIds: inherited };
    expect(can(head, "results:read", ids.T_C1!)).toBe(true);
    expect(can(head, "remediation:read", ids.T_C2!)).toBe(true);
    expect(can(head, "remediation:write", ids.T_C2!)).toBe(false);
    expect(can(head, "results:read", ids.T_C4!)).toBe(false);
  });

  it("refuses a 2026 district round: no district exists on 31/12/2026", async () => {
    const setId = await createCriteriaSet(smallSet(2026, "HUYEN"));
    const admin = { id: adminId, role: "ADMIN" as const, unitId: null, username: "admin" };
    const input = {
      year: 2026,
      group: "HUYEN",
      criteriaSetId: setId,
      name: "Đợt 2026 khối huyện",
      referenceDate: null,
      selfAssessmentStart: new Date("2026-11-01"),
      selfAssessmentEnd: new Date("2027-01-15"),
    };
    const refused = await createRound(admin, input).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).message).toMatch(/không có đơn vị nào còn hiệu lực ngày 31\/12\/2026/);
    expect(
      await createRound(admin, {
        ...input,
        year: 2025,
        name: "Đợt 2025 khối huyện",
        referenceDate: new Date("2025-06-30"),
      }),
    ).toMatchObject({ year: 2025 });
  });

  it("counts 2024 cases under the commune that succeeds their unit on 1/7/2025", async () => {
    const item = (code: string, unit: string) => ({
      ma_ho_so: code,
      ma_don_vi: unit,
      kenh: 1,
      ngay_tiep_nhan: "2024-03-01",
      ngay_hen_tra: "2024-03-10",
      ngay_ket_thuc_xu_ly: "2024-03-08",
    });
    expect(
      await importCases(
        jsonRows([
          item("T1", "T_C1"),
          item("T2", "T_C1"),
          item("T3", "T_C2"),
          item("T4", "T_C3"),
          item("T5", "T_C4"),
          item("T6", "T_H1"),
        ]),
      ),
    ).toMatchObject({ ok: true });
    const recorded = await caseReport(2024, "unit");
    expect(recorded.map((r) => [r.key, r.finished])).toEqual([
      ["T_C1", 2],
      ["T_C2", 1],
      ["T_C3", 1],
      ["T_C4", 1],
      ["T_H1", 1],
    ]);
    const today = await caseReportAsOf(2024, "unit", "2025-07-01");
    expect(today.map((r) => [r.key, r.finished, r.onTimeRate])).toEqual([
      ["T_C5", 1, 100],
      ["T_H1", 1, 100],
      ["T_N1", 4, 100],
    ]);
    expect((await caseReportAsOf(2024, "unit", "2025-06-30")).map((r) => r.key)).toEqual([
      "T_C1",
      "T_C2",
      "T_C3",
      "T_C4",
      "T_H1",
    ]);
    expect(
      (await caseReportAsOf(2024, "unit", "2025-07-01", await unitsCountedUnder("T_N1", "2025-07-01"))).map(
        (r) => [r.key, r.finished],
      ),
    ).toEqual([["T_N1", 4]]);
    expect((await caseReportAsOf(2024, "level", "2025-07-01")).map((r) => [r.key, r.finished])).toEqual([
      ["huyen", 1],
      ["xa", 5],
    ]);
  });
});
