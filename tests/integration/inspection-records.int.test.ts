// Inspection records (issue 12, item 1, in part): a decision number is used by one inspection only,
// whatever its spacing and case; an inspection entered in error is deleted by its team or Home
// Affairs, audited with what it held, and refused with the reason once a remediation item was made
// from one of its findings.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.CCHC_UPLOAD_DIR = `${process.env.TMPDIR ?? "/tmp"}/cchc-inspection-records-${process.pid}`;
});

import { db } from "../../lib/db/client";
import { DomainError } from "../../lib/errors";
import { addDirective } from "../../lib/inspections/directives";
import {
  addFinding,
  concludeInspection,
  createInspection,
  deleteInspection,
  editInspection,
} from "../../lib/inspections/inspections";
import {
  conclusionInput,
  directiveInput,
  findingInput,
  inspectionEditInput,
  inspectionInput,
} from "../../lib/inspections/inspection-input";
import { planCandidates } from "../../lib/remediation/candidates";
import { changeItemStatus } from "../../lib/remediation/progress";
import { statusInput } from "../../lib/remediation/inputs";
import { addRemediationItem } from "../../lib/remediation/plans";
import { itemInput } from "../../lib/remediation/inputs";
import { remediationWorld } from "./remediation-fixtures";

type World = Awaited<ReturnType<typeof remediationWorld>>;
let w: World;

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

const inspection = (decisionNumber: string, unitId = w.a.id) =>
  inspectionInput.parse({
    decisionNumber,
    decisionDate: "2026-03-02",
    unitId,
    visitDate: "2026-04-10",
    leadUserId: w.people.inspector.id,
    memberIds: [],
  });
const finding = (inspectionId: number) =>
  findingInput.parse({
    inspectionId,
    text: "Chưa niêm yết đầy đủ TTHC tại bộ phận một cửa",
    criterionCode: "",
    severity: "MEDIUM",
    requiredAction: "Niêm yết đầy đủ",
    dueDate: "2026-06-30",
  });

beforeAll(async () => {
  w = await remediationWorld();
});

describe("decision numbers", () => {
  it("refuses a second inspection with the same decision number, naming the first, and writes nothing", async () => {
    await createInspection(inspection("45/QĐ-SNV"), w.people.inspector);
    for (const again of ["45/QĐ-SNV", " 45 / QĐ-SNV ", "45/qĐ-snv"]) {
      const r = await outcome(createInspection(inspection(again, w.b.id), w.people.admin));
      expect(r, again).toMatchObject({ status: 422, fields: ["decisionNumber"] });
      expect((r as { message: string }).message).toContain("Sở A");
      expect((r as { message: string }).message).toContain("10/04/2026");
    }
    expect(await db().inspection.count({ where: { decisionNumber: { contains: "45" } } })).toBe(1);
    expect(await outcome(createInspection(inspection("46/QĐ-SNV"), w.people.inspector))).toBe("ok");
  });
});

describe("deleting an inspection", () => {
  it("is refused to someone outside its team and to the unit; its team deletes it with its findings, audited", async () => {
    const insp = await createInspection(inspection("50/QĐ-SNV"), w.people.inspector);
    await addFinding(finding(insp.id), w.people.inspector);
    expect(await outcome(deleteInspection(insp.id, w.people.outsider))).toMatchObject({ status: 403 });
    expect(await outcome(deleteInspection(insp.id, w.people.headA))).toMatchObject({ status: 403 });
    expect(await outcome(deleteInspection(insp.id, w.people.inspector))).toBe("ok");
    expect(await db().inspection.findUnique({ where: { id: insp.id } })).toBeNull();
    expect(await db().finding.count({ where: { inspectionId: insp.id } })).toBe(0);
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entity: "Inspection", entityId: String(insp.id), action: "delete" },
    });
    expect(audit.oldValue).toMatchObject({
      decisionNumber: "50/QĐ-SNV",
      findings: ["Chưa niêm yết đầy đủ TTHC tại bộ phận một cửa"],
    });
    // its number is free again
    expect(await outcome(createInspection(inspection("50/QĐ-SNV"), w.people.inspector))).toBe("ok");
  });

  it("is refused with the reason once a remediation item was made from one of its findings; nothing is deleted", async () => {
    const insp = await createInspection(inspection("51/QĐ-SNV"), w.people.inspector);
    const f = await addFinding(finding(insp.id), w.people.inspector);
    await addRemediationItem(
      itemInput.parse({
        unitId: w.a.id,
        year: 2026,
        source: "FINDING",
        findingId: f.id,
        action: "Niêm yết đầy đủ TTHC",
        owner: "Văn phòng Sở",
        deadline: "2026-06-30",
      }),
      w.people.headA,
    );
    const r = await outcome(deleteInspection(insp.id, w.people.admin));
    expect(r).toMatchObject({ status: 409 });
    expect((r as { message: string }).message).toContain("1 mục khắc phục");
    expect(await db().finding.count({ where: { inspectionId: insp.id } })).toBe(1);
  });
});

describe("the conclusion (issue 12, item 1)", () => {
  it("records the conclusion document, the rating from the criteria set and its text, audited; others are refused", async () => {
    const row = await createInspection(inspection("77/QĐ-SNV"), w.people.inspector);
    const conclusion = (over: Record<string, unknown> = {}) =>
      conclusionInput.parse({
        inspectionId: row.id,
        conclusionNumber: "123/TB-SNV",
        conclusionDate: "25/04/2026",
        rating: "Khá",
        notes: "Đơn vị thực hiện tương đối tốt; 9 tồn tại, hạn chế, khắc phục trong 30 ngày",
        ...over,
      });
    expect(await outcome(concludeInspection(conclusion(), w.people.outsider))).toMatchObject({ status: 403 });
    expect(
      await outcome(concludeInspection(conclusion({ rating: "Rất khá" }), w.people.inspector)),
    ).toMatchObject({
      status: 422,
      fields: ["rating"],
      message: expect.stringMatching(/^Xếp loại phải là một trong: Xuất sắc, Tốt, Khá/),
    });
    expect(
      await outcome(concludeInspection(conclusion({ conclusionDate: "01/04/2026" }), w.people.inspector)),
    ).toMatchObject({ status: 422, fields: ["conclusionDate"] });
    await concludeInspection(conclusion(), w.people.inspector);
    expect(await db().inspection.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      conclusionNumber: "123/TB-SNV",
      conclusionDate: new Date("2026-04-25T00:00:00Z"),
      rating: "Khá",
    });
    // Home Affairs corrects the rating later: the audit keeps both
    await concludeInspection(conclusion({ rating: "Tốt" }), w.people.admin);
    const audits = await db().auditLog.findMany({
      where: { entity: "Inspection", entityId: String(row.id), action: "update" },
      orderBy: { id: "asc" },
    });
    expect(
      audits.map((a) => [
        (a.oldValue as { rating: string | null }).rating,
        (a.newValue as { rating: string }).rating,
      ]),
    ).toEqual([
      [null, "Khá"],
      ["Khá", "Tốt"],
    ]);
  });
});

describe("follow-up directives (issue 12, item 1)", () => {
  const directive = (inspectionId: number, over: Record<string, unknown> = {}) =>
    directiveInput.parse({
      inspectionId,
      documentNumber: "45/SNV-CCHC",
      documentDate: "25/04/2026",
      text: "Khắc phục 9 tồn tại, hạn chế trong 30 ngày",
      dueDate: "25/05/2026",
      addressedUnitId: "",
      ...over,
    });

  it("are issued by the team or Home Affairs and tracked to the end like a finding by the unit addressed", async () => {
    const insp = await createInspection(inspection("88/QĐ-SNV"), w.people.inspector);
    expect(await outcome(addDirective(directive(insp.id), w.people.outsider))).toMatchObject({ status: 403 });
    expect(await outcome(addDirective(directive(insp.id), w.people.headA))).toMatchObject({ status: 403 });
    expect(
      await outcome(addDirective(directive(insp.id, { documentDate: "01/04/2026" }), w.people.inspector)),
    ).toMatchObject({ status: 422, fields: ["documentDate"] });
    expect(() => directive(insp.id, { dueDate: "20/04/2026" })).toThrow(/Hạn thực hiện không được trước/);
    const gone = await db().unit.create({
      data: {
        code: "SO_CU",
        name: "Sở cũ",
        type: "SO",
        level: "tinh",
        group: "SO",
        validTo: new Date("2025-06-30"),
      },
    });
    const r = await outcome(addDirective(directive(insp.id, { addressedUnitId: gone.id }), w.people.admin));
    expect(r).toMatchObject({ status: 422, fields: ["addressedUnitId"] });
    expect((r as { message: string }).message).toContain("chọn đơn vị kế thừa");

    // one to the inspected unit (A), one to unit B, issued later by Home Affairs
    const toA = await addDirective(directive(insp.id), w.people.inspector);
    const toB = await addDirective(
      directive(insp.id, {
        documentNumber: "46/SNV-CCHC",
        addressedUnitId: w.b.id,
        text: "Phối hợp với Sở A",
      }),
      w.people.admin,
    );
    expect(toA).toMatchObject({ kind: "DIRECTIVE", addressedUnitId: null, dueDate: new Date("2026-05-25") });
    expect(
      await db().auditLog.findFirst({ where: { entity: "Directive", entityId: String(toB.id) } }),
    ).toMatchObject({ action: "create", username: "admin", unitId: w.b.id });

    // each unit sees the one addressed to it among what its plan should answer, and only it
    const ids = async (unit: { id: number; code: string; group: string }) =>
      (await planCandidates(unit, 2026)).findings.map((f) => f.id);
    expect(await ids(w.a)).toContain(toA.id);
    expect(await ids(w.a)).not.toContain(toB.id);
    expect(await ids(w.b)).toContain(toB.id);
    const item = (unitId: number, findingId: number) =>
      itemInput.parse({
        unitId,
        year: 2026,
        source: "FINDING",
        findingId,
        action: "Thực hiện chỉ đạo",
        owner: "Văn phòng",
        deadline: "2026-05-25",
      });
    expect(await outcome(addRemediationItem(item(w.a.id, toB.id), w.people.headA))).toMatchObject({
      status: 422,
      fields: ["findingId"],
    });
    const itemB = await addRemediationItem(item(w.b.id, toB.id), w.people.headB);
    // followed to the end: done by the unit, verified by Home Affairs
    for (const [to, who] of [
      ["IN_PROGRESS", w.people.headB],
      ["DONE", w.people.headB],
      ["VERIFIED", w.people.admin],
    ] as const)
      await changeItemStatus(statusInput.parse({ itemId: itemB.id, to, reason: "" }), who);
    expect(await ids(w.b)).not.toContain(toB.id);
    expect(
      await db().finding.findUniqueOrThrow({
        where: { id: toB.id },
        select: { remediationItems: { select: { status: true } } },
      }),
    ).toEqual({ remediationItems: [{ status: "VERIFIED" }] });
    // the inspection cannot be deleted any more
    expect(await outcome(deleteInspection(insp.id, w.people.admin))).toMatchObject({ status: 409 });
  });
});

describe("editing an inspection (issue 12, item 1)", () => {
  it("corrects the decision and team, audited; another inspection's number is refused; the conclusion stays", async () => {
    const insp = await createInspection(inspection("90/QĐ-SNV"), w.people.inspector);
    await createInspection(inspection("91/QĐ-SNV"), w.people.inspector);
    await concludeInspection(
      conclusionInput.parse({
        inspectionId: insp.id,
        conclusionNumber: "9/TB-SNV",
        conclusionDate: "2026-04-20",
        rating: "Khá",
        notes: "Kết luận",
      }),
      w.people.inspector,
    );
    const edit = (over: Record<string, unknown>) =>
      inspectionEditInput.parse({
        id: insp.id,
        decisionNumber: "90/QĐ-SNV",
        decisionDate: "2026-03-02",
        unitId: w.a.id,
        visitDate: "2026-04-10",
        leadUserId: w.people.inspector.id,
        memberIds: [],
        ...over,
      });
    expect(
      await outcome(editInspection(edit({ decisionNumber: "92/QĐ-SNV" }), w.people.outsider)),
    ).toMatchObject({
      status: 403,
    });
    expect(
      await outcome(editInspection(edit({ decisionNumber: " 91/qđ-SNV" }), w.people.inspector)),
    ).toMatchObject({ status: 422, fields: ["decisionNumber"] });
    // its own number is not a duplicate of itself
    expect(await outcome(editInspection(edit({ visitDate: "2026-04-11" }), w.people.inspector))).toBe("ok");
    await editInspection(
      edit({
        decisionNumber: "90A/QĐ-SNV",
        leadUserId: w.people.admin.id,
        memberIds: [w.people.outsider.id],
      }),
      w.people.admin,
    );
    const row = await db().inspection.findUniqueOrThrow({
      where: { id: insp.id },
      include: { members: { orderBy: { userId: "asc" } } },
    });
    expect(row).toMatchObject({
      decisionNumber: "90A/QĐ-SNV",
      teamLead: w.people.admin.name,
      notes: "Kết luận",
    });
    expect(row.members.map((m) => [m.userId, m.isLead])).toEqual(
      [
        [w.people.admin.id, true],
        [w.people.outsider.id, false],
      ].sort((x, y) => (x[0] as number) - (y[0] as number)),
    );
    const audit = await db().auditLog.findFirstOrThrow({
      where: {
        entity: "Inspection",
        entityId: String(insp.id),
        action: "update",
        reason: "Sửa quyết định, đoàn kiểm tra",
      },
      orderBy: { id: "desc" },
    });
    expect(audit.oldValue).toMatchObject({ decisionNumber: "90/QĐ-SNV", leadUserId: w.people.inspector.id });
    expect(audit.newValue).toMatchObject({ decisionNumber: "90A/QĐ-SNV", leadUserId: w.people.admin.id });
    // with a finding recorded, the inspected unit can no longer change
    await addFinding(finding(insp.id), w.people.admin);
    expect(
      await outcome(
        editInspection(
          edit({ decisionNumber: "90A/QĐ-SNV", unitId: w.b.id, leadUserId: w.people.admin.id }),
          w.people.admin,
        ),
      ),
    ).toMatchObject({ status: 422, fields: ["unitId"] });
  });
});
