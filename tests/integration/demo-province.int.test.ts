// The whole demo province as `npm start` and the e2e setup seed it (issue 11, item 7): Sông Lam in
// December 2026, reorganised on 1/7/2025, read on today's structure.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { seedDemo } from "../../lib/demo/index";
import { latestSnapshot } from "../../lib/results/snapshots";
import { unitProfileData } from "../../lib/queries/reports/unit-profile";
import { caseReport } from "../../lib/queries/cases/case-report";
import { caseReportAsOf } from "../../lib/queries/cases/case-report-as-of";
import { fieldLeads, nationalResults } from "../../lib/national/store";
import { fieldLosses, indexTrends } from "../../lib/national/standing";
import { unitQd766 } from "../../lib/queries/qd766/unit-qd766";

const unit = (code: string) =>
  db().unit.findUniqueOrThrow({ where: { code }, select: { id: true, code: true, name: true, group: true } });

beforeAll(async () => {
  await seedDemo();
}, 180_000);

describe("the demo province in 2026", () => {
  it("has published rounds 2022–2025 (2025 on the new structure), the 2026 round in self-assessment until January 2027, no district round after 2024", async () => {
    const rounds = await db().evaluationRound.findMany({ orderBy: [{ year: "asc" }, { group: "asc" }] });
    expect(rounds.map((r) => `${r.year} ${r.group} ${r.status}`)).toEqual([
      ...[2022, 2023, 2024].flatMap((y) =>
        ["HUYEN", "NGANH_DOC", "SO", "XA"].map((g) => `${y} ${g} PUBLISHED`),
      ),
      "2025 NGANH_DOC PUBLISHED",
      "2025 SO PUBLISHED",
      "2025 XA PUBLISHED",
      "2026 NGANH_DOC OPEN",
      "2026 SO OPEN",
      "2026 XA OPEN",
    ]);
    const open = rounds.filter((r) => r.status === "OPEN");
    for (const r of open) {
      expect(r.selfAssessmentEnd!.toISOString().slice(0, 10) >= "2027-01-15").toBe(true);
      expect(r.selfAssessmentStart!.getTime()).toBeLessThan(Date.now());
      expect(r.selfAssessmentEnd!.getTime()).toBeGreaterThan(Date.now());
    }
    const published = async (year: number, group: string) => {
      const round = rounds.find((r) => r.year === year && r.group === group)!;
      return (await latestSnapshot(round.id))!.results.units.map((u) => u.unit).sort();
    };
    expect(await published(2024, "SO")).toHaveLength(20);
    expect(await published(2024, "XA")).toContain("X_031");
    const so2025 = await published(2025, "SO");
    expect(so2025).toHaveLength(15);
    expect(so2025).toEqual(expect.arrayContaining(["SO_KHCN", "SO_NNMT", "SO_DTTG", "SO_NV", "SO_YT"]));
    expect(so2025).not.toContain("SO_TTTT");
    const xa2025 = await published(2025, "XA");
    expect(xa2025).toHaveLength(15);
    expect(xa2025.every((c) => !c.startsWith("X_0"))).toBe(true);
  });

  it("shows a merged commune's three predecessors' 2024 results and a change computed from them", async () => {
    const p = await unitProfileData(await unit("P_SONGLAM"), 2025);
    expect(p.predecessors.map((x) => x.code).sort()).toEqual(["X_011", "X_012", "X_013"]);
    expect(p.predecessors.every((x) => x.history.some((h) => h.year === 2024))).toBe(true);
    expect(p.current?.basis).toHaveLength(3);
    expect(p.current?.summary).toMatch(/so với năm 2024/);
  });

  it("records cases on both structures in 2025 and gives each new commune its predecessors' 2024 cases as of today", async () => {
    const levels = (await caseReport(2025, "level")).map((r) => r.key);
    expect(levels).toEqual(["tinh", "huyen", "xa"]);
    const own = new Map((await caseReport(2024, "unit")).map((r) => [r.key, r.finished]));
    const asOf = new Map((await caseReportAsOf(2024, "unit", "2026-12-01")).map((r) => [r.key, r.finished]));
    expect(asOf.get("P_SONGLAM")).toBe(own.get("X_011")! + own.get("X_012")! + own.get("X_013")!);
    expect(asOf.get("SO_KHCN")).toBe(own.get("SO_KHCN")! + own.get("SO_TTTT")!);
    expect(asOf.get("XA_MONSON")).toBe(own.get("X_084"));
    const total = await db().caseRecord.count();
    expect(total).toBeGreaterThan(95_000);
    expect(total).toBeLessThan(105_000);
  });

  it("moves the demo accounts to the successors and carries open remediation items of ended units to them", async () => {
    const users = await db().user.findMany({
      where: { username: { in: ["thutruong", "canbo", "canbo.dl"] } },
      select: { username: true, unit: { select: { code: true } } },
    });
    expect(Object.fromEntries(users.map((u) => [u.username, u.unit?.code]))).toEqual({
      thutruong: "SO_KHCN",
      canbo: "SO_KHCN",
      "canbo.dl": "XA_DOLUONG",
    });
    const carried = await db().remediationItem.findMany({
      where: { carriedFromUnitId: { not: null } },
      select: { carriedFromUnitId: true, plan: { select: { unit: { select: { code: true } } } } },
    });
    const codes = new Map(
      (await db().unit.findMany({ select: { id: true, code: true } })).map((u) => [u.id, u.code]),
    );
    expect(
      [...new Set(carried.map((c) => `${codes.get(c.carriedFromUnitId!)}>${c.plan.unit.code}`))].sort(),
    ).toEqual(["SO_GTVT>SO_XD", "SO_TTTT>SO_KHCN", "X_031>XA_DOLUONG"]);
    const openOnEnded = await db().remediationItem.count({
      where: {
        status: { in: ["PLANNED", "IN_PROGRESS", "REOPENED"] },
        plan: { unit: { validTo: { not: null } } },
      },
    });
    expect(openOnEnded).toBe(0);
  });

  it("holds the province's national results (ranks of 63, then 34), the lead departments and official QĐ 766 scores beside computed ones", async () => {
    const results = await nationalResults();
    const trends = indexTrends(results);
    expect(trends.map((t) => t.index)).toEqual(["PAR_INDEX", "SIPAS", "QD766"]);
    const qd = trends.find((t) => t.index === "QD766")!.points;
    // the sentence a province's report holds: 49,1 → 59,9 points, yet rank 54 → 55 of 63
    expect(qd.find((p) => p.year === 2023)).toMatchObject({
      score: 59.9,
      scoreChange: 10.8,
      rank: 55,
      outOf: 63,
      rankChange: -1,
    });
    expect(trends[0]!.points.at(-1)).toMatchObject({ year: 2025, outOf: 34 });
    const losses = fieldLosses(results, await fieldLeads());
    expect(losses.find((l) => l.index === "PAR_INDEX")?.lead).not.toBeNull();
    const own = await unitQd766((await unit("SO_KHCN")).id, 2026, new Date("2026-12-01T00:00:00Z"));
    expect(own.months.filter((m) => m.official).length).toBe(11);
    expect(own.months[0]!.difference).not.toBeNull();
  });
});
