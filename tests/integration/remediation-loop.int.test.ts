// The loop's figures: overdue detection, the bell's counts by scope, reporting back and the list
// of units that have not reported, status by unit and effectiveness the year after.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { addFinding, createInspection } from "../../lib/inspections/inspections";
import { findingInput, inspectionInput } from "../../lib/inspections/inspection-input";
import { addRemediationItem } from "../../lib/remediation/plans";
import { changeItemStatus } from "../../lib/remediation/progress";
import { submitRemediationReport, unreported } from "../../lib/remediation/reports";
import { itemInput, reportInput, statusInput } from "../../lib/remediation/inputs";
import { bellCounts, bellItems } from "../../lib/remediation/bell";
import { effectiveness, overdueItems, statusByUnit } from "../../lib/remediation/follow-up";
import { planCandidates } from "../../lib/remediation/candidates";
import { publishSnapshot, remediationWorld } from "./remediation-fixtures";

const TODAY = "2026-11-22";
let w: Awaited<ReturnType<typeof remediationWorld>>;
const ids: Record<string, number> = {};

beforeAll(async () => {
  w = await remediationWorld();
  const { headA, staffA, inspector, admin } = w.people;
  const add = (source: string, deadline: string, over: Record<string, unknown> = {}) =>
    addRemediationItem(
      itemInput.parse({
        unitId: w.a.id,
        year: 2023,
        source,
        action: "Thực hiện giải pháp",
        owner: "Văn phòng Sở",
        deadline,
        ...over,
      }),
      headA,
    );
  ids.late = (await add("DEFICIENCY", "2026-11-01", { criterionCode: "3.6" })).id; // overdue
  ids.soon = (await add("DEFICIENCY", "2026-11-27", { criterionCode: "1.1" })).id; // due within 7 days
  ids.later = (await add("MANUAL", "2027-03-31", { problem: "Chưa có sáng kiến cải cách hành chính" })).id;
  ids.doneLate = (
    await add("MANUAL", "2026-10-01", { problem: "Chưa đăng đủ tin bài CCHC", criterionCode: "1.4" })
  ).id;
  for (const to of ["IN_PROGRESS", "DONE"])
    await changeItemStatus(statusInput.parse({ itemId: ids.doneLate, to }), staffA);
  const insp = await createInspection(
    inspectionInput.parse({
      decisionNumber: "12/QĐ-SNV",
      decisionDate: "2026-09-01",
      unitId: w.a.id,
      visitDate: "2026-09-15",
      leadUserId: inspector.id,
    }),
    admin,
  );
  ids.inspection = insp.id;
  ids.finding = (
    await addFinding(
      findingInput.parse({
        inspectionId: insp.id,
        text: "Chưa báo cáo kết quả khắc phục cho Tổ kiểm tra",
        severity: "HIGH",
        requiredAction: "Gửi báo cáo kết quả khắc phục",
      }),
      admin,
    )
  ).id;
  // unit B: an inspection with a finding, no plan
  const inspB = await createInspection(
    inspectionInput.parse({
      decisionNumber: "13/QĐ-SNV",
      decisionDate: "2026-09-01",
      unitId: w.b.id,
      visitDate: "2026-09-20",
      leadUserId: inspector.id,
    }),
    admin,
  );
  await addFinding(
    findingInput.parse({
      inspectionId: inspB.id,
      text: "Chưa niêm yết TTHC đầy đủ",
      severity: "LOW",
      requiredAction: "Niêm yết đầy đủ",
    }),
    inspector,
  );
});

describe("overdue and the bell", () => {
  it("an item past its deadline and not finished is overdue; a done one is not", async () => {
    const rows = await overdueItems(null, TODAY);
    expect(rows.map((r) => [r.id, r.daysLate])).toEqual([[ids.late, 21]]);
  });

  it("counts due soon, overdue and awaiting verification by the user's scope", async () => {
    expect(await bellCounts(null, TODAY)).toEqual({ dueSoon: 1, overdue: 1, awaitingVerification: 1 });
    expect(await bellCounts([w.a.id], TODAY)).toEqual({ dueSoon: 1, overdue: 1, awaitingVerification: 1 });
    expect(await bellCounts([w.b.id], TODAY)).toEqual({ dueSoon: 0, overdue: 0, awaitingVerification: 0 });
    expect(await bellCounts([], TODAY)).toEqual({ dueSoon: 0, overdue: 0, awaitingVerification: 0 });
    const items = await bellItems([w.a.id], TODAY);
    expect(items.dueSoon.map((i) => i.id)).toEqual([ids.soon]);
    expect(items.awaitingVerification.map((i) => i.id)).toEqual([ids.doneLate]);
    // the day after the deadline the due-soon item turns overdue
    expect(await bellCounts(null, "2026-11-28")).toMatchObject({ overdue: 2 });
  });
});

describe("candidates, reporting back and follow-up", () => {
  it("offers the finding not yet in a plan, and no deficiency already covered", async () => {
    const c = await planCandidates({ id: w.a.id, code: "SO_A", group: "SO" }, 2023);
    expect(c.published).toBe(true);
    expect(c.deficiencies).toEqual([]);
    expect(c.findings.map((f) => f.id)).toEqual([ids.finding]);
    expect((await planCandidates({ id: w.a.id, code: "SO_A", group: "SO" }, 2024)).published).toBe(false);
  });

  it("lists units that have not reported until they report, with the date recorded", async () => {
    let list = await unreported(2023, null);
    expect(list.plans.map((p) => p.unit.code)).toEqual(["SO_A"]);
    expect(list.inspections.map((i) => i.unit.code)).toEqual(["SO_A", "SO_B"]);
    const plan = await db().remediationPlan.findFirstOrThrow({ where: { unitId: w.a.id, year: 2023 } });
    const report = await submitRemediationReport(
      reportInput.parse({
        planId: plan.id,
        inspectionId: ids.inspection,
        summary: "Đơn vị đã khắc phục các tồn tại, hạn chế",
        done: { [ids.doneLate]: "Đăng 5 tin bài mỗi tháng" },
      }),
      w.people.headA,
    );
    expect(report.submittedAt).toBeInstanceOf(Date);
    const items = report.itemsReported as { itemId: number; done: string; status: string }[];
    expect(items.find((i) => i.itemId === ids.doneLate)).toMatchObject({
      done: "Đăng 5 tin bài mỗi tháng",
      status: "DONE",
    });
    list = await unreported(2023, null);
    expect(list.plans).toEqual([]);
    expect(list.inspections.map((i) => i.unit.code)).toEqual(["SO_B"]);
    expect((await unreported(2023, [w.a.id])).inspections).toEqual([]);
  });

  it("gives status by unit with the verified share and overdue count", async () => {
    await changeItemStatus(statusInput.parse({ itemId: ids.doneLate, to: "VERIFIED" }), w.people.inspector);
    const [row] = await statusByUnit(2023, null, TODAY);
    expect(row).toMatchObject({
      unit: { code: "SO_A" },
      total: 4,
      planned: 3,
      verified: 1,
      verifiedShare: 25,
      overdue: 1,
    });
    expect(row!.lastReportAt).toBeInstanceOf(Date);
    expect(await statusByUnit(2023, [w.b.id], TODAY)).toEqual([]);
  });

  it("compares the criterion's points the year after, or says there is no result yet", async () => {
    let rows = await effectiveness(2023, null);
    expect(rows.map((r) => [r.code, r.now?.points, r.nextPublished, r.change])).toEqual([
      ["1.1", 0.5, false, null],
      ["1.4", undefined, false, null],
      ["3.6", 0, false, null],
    ]);
    const set2024 = await db().criteriaSet.create({
      data: { name: "2024", year: 2024, group: "SO", classification: [] },
    });
    await publishSnapshot(
      2024,
      set2024.id,
      [{ code: "SO_A", deficiencies: [], leaves: { "3.6": 3, "1.1": 0.5 } }],
      w.people.admin.id,
    );
    rows = await effectiveness(2023, null);
    expect(rows.find((r) => r.code === "3.6")).toMatchObject({
      now: { points: 0 },
      next: { points: 3 },
      nextPublished: true,
      change: 3,
    });
    expect(rows.find((r) => r.code === "1.1")).toMatchObject({ change: 0 });
  });
});
