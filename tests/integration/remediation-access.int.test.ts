// The safety rules of the inspection and remediation loop, by direct calls to the services (the
// pages and actions only wrap them): a unit edits only its own plan, an inspector records findings
// only for their own inspections, only Home Affairs or an inspector verifies, transitions are legal
// only, and every status change is audited.
import { beforeAll, describe, expect, it, vi } from "vitest";

// before lib/env reads it: uploads go to a throwaway folder
vi.hoisted(() => {
  process.env.CCHC_UPLOAD_DIR = `${process.env.TMPDIR ?? "/tmp"}/cchc-remediation-${process.pid}`;
});

import { db } from "../../lib/db/client";
import { DomainError } from "../../lib/errors";
import { addFinding, createInspection } from "../../lib/inspections/inspections";
import { findingInput, inspectionInput } from "../../lib/inspections/inspection-input";
import { addRemediationItem, updatePlanHeader } from "../../lib/remediation/plans";
import { addProgressUpdate, changeItemStatus } from "../../lib/remediation/progress";
import { submitRemediationReport } from "../../lib/remediation/reports";
import {
  itemInput,
  planHeaderInput,
  progressInput,
  reportInput,
  statusInput,
} from "../../lib/remediation/inputs";
import { pdfFile, remediationWorld } from "./remediation-fixtures";

type World = Awaited<ReturnType<typeof remediationWorld>>;
let w: World;
let inspectionId: number;
let itemId: number;

/** The DomainError a call throws (status and field errors), or "ok". */
async function outcome(p: Promise<unknown>) {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof DomainError)
      return { status: e.status, fields: Object.keys(e.fieldErrors ?? {}), message: e.message };
    throw e;
  }
}

beforeAll(async () => {
  w = await remediationWorld();
  const insp = await createInspection(
    inspectionInput.parse({
      decisionNumber: "784/QĐ-UBND",
      decisionDate: "2024-04-19",
      unitId: w.a.id,
      visitDate: "2024-08-14",
      leadUserId: w.people.inspector.id,
      memberIds: [],
    }),
    w.people.inspector,
  );
  inspectionId = insp.id;
});

const finding = (over: Record<string, unknown> = {}) =>
  findingInput.parse({
    inspectionId,
    text: "Kế hoạch CCHC chưa đề ra sản phẩm cụ thể",
    criterionCode: "1.1",
    severity: "MEDIUM",
    requiredAction: "Bổ sung sản phẩm, tiến độ cho từng nhiệm vụ",
    dueDate: "2024-10-31",
    ...over,
  });

describe("inspections", () => {
  it("unit staff cannot plan an inspection; the lead must be an inspector or Home Affairs", async () => {
    const input = inspectionInput.parse({
      decisionNumber: "1/QĐ",
      decisionDate: "2024-01-02",
      unitId: w.a.id,
      visitDate: "2024-01-10",
      leadUserId: w.people.headA.id,
      memberIds: [],
    });
    expect(await outcome(createInspection(input, w.people.staffA))).toMatchObject({ status: 403 });
    expect(await outcome(createInspection(input, w.people.admin))).toMatchObject({
      status: 422,
      fields: ["leadUserId"],
    });
  });

  it("an inspector not in the team cannot add a finding; the team member and admin can", async () => {
    expect(await outcome(addFinding(finding(), w.people.outsider))).toMatchObject({ status: 403 });
    expect(await outcome(addFinding(finding(), w.people.headA))).toMatchObject({ status: 403 });
    expect(await outcome(addFinding(finding(), w.people.inspector))).toBe("ok");
    expect(
      await outcome(
        addFinding(finding({ text: "Chưa công khai ngân sách đầy đủ", criterionCode: "" }), w.people.admin),
      ),
    ).toBe("ok");
    expect(await db().finding.count({ where: { inspectionId } })).toBe(2);
  });

  it("a criterion code must exist in the unit's criteria set", async () => {
    expect(await outcome(addFinding(finding({ criterionCode: "9.9" }), w.people.inspector))).toMatchObject({
      status: 422,
      fields: ["criterionCode"],
      message: expect.stringContaining("9.9"),
    });
  });
});

describe("remediation plans", () => {
  const item = (over: Record<string, unknown> = {}) =>
    itemInput.parse({
      unitId: w.a.id,
      year: 2023,
      source: "DEFICIENCY",
      criterionCode: "3.6",
      action: "Kiện toàn bộ phận một cửa",
      owner: "Văn phòng Sở",
      deadline: "2024-06-30",
      ...over,
    });

  it("unit B cannot add to unit A's plan; an inspector cannot either", async () => {
    expect(await outcome(addRemediationItem(item(), w.people.headB))).toMatchObject({ status: 403 });
    expect(await outcome(addRemediationItem(item(), w.people.inspector))).toMatchObject({ status: 403 });
    expect(await db().remediationPlan.count()).toBe(0);
    // each refusal leaves one audit entry, written by the service itself (issue 15: none before)
    const audits = await db().auditLog.findMany({
      where: { action: "forbidden", userId: { in: [w.people.headB.id, w.people.inspector.id] } },
    });
    expect(audits).toHaveLength(2);
    expect(audits[0]).toMatchObject({ entity: "access", entityId: `remediation-plan:${w.a.id}:2023` });
  });

  it("unit A builds its plan from its deficiency: points and problem come from the published result", async () => {
    const row = await addRemediationItem(item(), w.people.headA);
    itemId = row.id;
    expect(Number(row.pointsLost)).toBe(3);
    expect(row.problem).toBe("3.6 Thực hiện cơ chế một cửa: bị trừ 3,00 điểm");
    expect(await outcome(addRemediationItem(item(), w.people.staffA))).toMatchObject({ status: 409 });
    expect(await outcome(addRemediationItem(item({ criterionCode: "2.1" }), w.people.headA))).toMatchObject({
      status: 422,
      fields: ["criterionCode"],
    });
    expect(await outcome(addRemediationItem(item({ year: 2022 }), w.people.headA))).toMatchObject({
      status: 422,
      fields: ["criterionCode"],
    });
  });

  it("a finding of another unit cannot be taken into the plan", async () => {
    const f = await db().finding.findFirstOrThrow({ where: { inspectionId } });
    expect(
      await outcome(
        addRemediationItem(item({ source: "FINDING", findingId: f.id, criterionCode: "" }), w.people.headB),
      ),
    ).toMatchObject({ status: 403 });
    const otherUnit = itemInput.parse({
      unitId: w.b.id,
      year: 2023,
      source: "FINDING",
      findingId: f.id,
      action: "Khắc phục",
      owner: "Văn phòng",
      deadline: "2024-06-30",
    });
    expect(await outcome(addRemediationItem(otherUnit, w.people.headB))).toMatchObject({
      status: 422,
      fields: ["findingId"],
    });
    expect(
      await outcome(
        addRemediationItem(item({ source: "FINDING", findingId: f.id, criterionCode: "" }), w.people.headA),
      ),
    ).toBe("ok");
    expect(
      await outcome(
        addRemediationItem(item({ source: "FINDING", findingId: f.id, criterionCode: "" }), w.people.headA),
      ),
    ).toMatchObject({ status: 409, fields: ["findingId"] });
  });

  it("unit B cannot change status, add progress or report on unit A's plan", async () => {
    expect(
      await outcome(changeItemStatus(statusInput.parse({ itemId, to: "IN_PROGRESS" }), w.people.headB)),
    ).toMatchObject({ status: 403 });
    expect(
      await outcome(addProgressUpdate(progressInput.parse({ itemId, note: "Đã làm" }), w.people.headB)),
    ).toMatchObject({ status: 403 });
    const plan = await db().remediationPlan.findFirstOrThrow({ where: { unitId: w.a.id } });
    expect(
      await outcome(
        submitRemediationReport(
          reportInput.parse({ planId: plan.id, summary: "Báo cáo kết quả khắc phục" }),
          w.people.headB,
        ),
      ),
    ).toMatchObject({ status: 403 });
    expect((await db().remediationItem.findUniqueOrThrow({ where: { id: itemId } })).status).toBe("PLANNED");
  });

  it("unit A gives its plan its own number, title and issue day, audited; unit B cannot (issue 12, item 2)", async () => {
    const plan = await db().remediationPlan.findFirstOrThrow({ where: { unitId: w.a.id } });
    const header = (over: Record<string, unknown> = {}) =>
      planHeaderInput.parse({
        planId: plan.id,
        number: " 04/KH-SLĐTBXH ",
        title: "Kế hoạch khắc phục hạn chế, tồn tại qua Chỉ số CCHC năm 2023",
        issuedAt: "15/03/2024",
        ...over,
      });
    expect(await outcome(updatePlanHeader(header(), w.people.headB))).toMatchObject({ status: 403 });
    expect(await outcome(updatePlanHeader(header({ issuedAt: "01/12/2022" }), w.people.headA))).toMatchObject(
      {
        status: 422,
        fields: ["issuedAt"],
        message: expect.stringMatching(/không thể ban hành trước năm 2023/),
      },
    );
    expect(
      planHeaderInput
        .safeParse({ planId: plan.id, title: "", issuedAt: "31/02/2024" })
        .error?.issues.map((i) => i.path[0]),
    ).toEqual(expect.arrayContaining(["title", "issuedAt"]));
    await updatePlanHeader(header(), w.people.headA);
    expect(await db().remediationPlan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({
      number: "04/KH-SLĐTBXH",
      title: "Kế hoạch khắc phục hạn chế, tồn tại qua Chỉ số CCHC năm 2023",
      issuedAt: new Date("2024-03-15T00:00:00Z"),
    });
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entity: "RemediationPlan", entityId: String(plan.id) },
    });
    expect(audit).toMatchObject({
      action: "update",
      oldValue: { number: null, issuedAt: null },
      newValue: { number: "04/KH-SLĐTBXH", issuedAt: "2024-03-15" },
    });
    // the same again changes nothing and adds no audit entry
    await updatePlanHeader(header(), w.people.headA);
    expect(await db().auditLog.count({ where: { entity: "RemediationPlan" } })).toBe(1);
  });
});

describe("status changes", () => {
  const move = (to: string, who: keyof World["people"], reason?: string) =>
    outcome(changeItemStatus(statusInput.parse({ itemId, to, reason }), w.people[who]));

  it("follow the state machine, with staff unable to verify and only verifiers reopening", async () => {
    expect(await move("DONE", "staffA")).toMatchObject({ status: 409 });
    expect(await move("IN_PROGRESS", "inspector")).toMatchObject({ status: 403 });
    expect(await move("IN_PROGRESS", "staffA")).toBe("ok");
    expect(await move("DONE", "staffA")).toBe("ok");
    expect(await move("VERIFIED", "staffA")).toMatchObject({ status: 403 });
    expect(await move("VERIFIED", "headA")).toMatchObject({ status: 403 });
    expect(await move("VERIFIED", "viewer")).toMatchObject({ status: 403 });
    expect(await move("REOPENED", "admin")).toMatchObject({ status: 422, fields: ["reason"] });
    expect(await move("VERIFIED", "inspector")).toBe("ok");
    expect(await move("REOPENED", "admin", "Chưa có quyết định kiện toàn")).toBe("ok");
    const row = await db().remediationItem.findUniqueOrThrow({ where: { id: itemId } });
    expect(row).toMatchObject({
      status: "REOPENED",
      verificationNote: "Chưa có quyết định kiện toàn",
      verifiedById: null,
      doneAt: null,
    });
  });

  it("every status change is audited with old and new status and the reason", async () => {
    const audit = await db().auditLog.findMany({
      where: { entity: "RemediationItem", entityId: String(itemId), action: "status" },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => [a.oldValue, a.newValue, a.reason, a.username])).toEqual([
      [{ status: "PLANNED" }, { status: "IN_PROGRESS" }, null, "canbo.a"],
      [{ status: "IN_PROGRESS" }, { status: "DONE" }, null, "canbo.a"],
      [{ status: "DONE" }, { status: "VERIFIED" }, null, "kiemtra1"],
      [{ status: "VERIFIED" }, { status: "REOPENED" }, "Chưa có quyết định kiện toàn", "admin"],
    ]);
  });
});

describe("progress with evidence", () => {
  it("stores a PDF under the upload folder with a generated key and refuses other types naming the field", async () => {
    const u = await addProgressUpdate(
      progressInput.parse({
        itemId,
        note: "Đã ban hành quyết định kiện toàn",
        file: pdfFile("Quyết định 12.pdf"),
      }),
      w.people.staffA,
    );
    const att = await db().attachment.findUniqueOrThrow({ where: { id: u.attachmentId! } });
    expect(att).toMatchObject({
      originalName: "Quyết định 12.pdf",
      mimeType: "application/pdf",
      unitId: w.a.id,
    });
    expect(att.storageKey).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}\.pdf$/);
    const html = new File(["<script>alert(1)</script>"], "gia.pdf", { type: "application/pdf" });
    expect(
      await outcome(
        addProgressUpdate(progressInput.parse({ itemId, note: "Tệp giả", file: html }), w.people.staffA),
      ),
    ).toMatchObject({ status: 422, fields: ["file"] });
    expect(await db().attachment.count()).toBe(1);
  });
});
