// The unit's side of the cycle, through the services the route handlers call: the window, optimistic
// versions, evidence files, submission, and the wall between units.
import { vi, describe, expect, it, beforeAll } from "vitest";
vi.hoisted(() => {
  process.env.CCHC_UPLOAD_DIR = `/tmp/cchc-int-uploads-${process.pid}`;
});
import { readdir } from "node:fs/promises";
import { db } from "../../lib/db/client";
import { DomainError } from "../../lib/errors";
import { saveSelfValues } from "../../lib/assessment/values";
import { addEvidence, evidenceFileFor, removeEvidence } from "../../lib/assessment/evidence";
import { submitUnit } from "../../lib/assessment/submission";
import { assessmentFixture, PDF } from "./assessment-fixture";
import { racingAnotherSession } from "./racing";

let f: Awaited<ReturnType<typeof assessmentFixture>>;
beforeAll(async () => {
  f = await assessmentFixture("UN");
});

const item = (
  code: string,
  version: number,
  selfValue: string | null,
  explanation: string | null = null,
) => ({ code, version, selfValue, notApplicable: false, explanation });
const refused = async (p: Promise<unknown>, status: number, text?: RegExp) => {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(DomainError);
  expect((e as DomainError).status).toBe(status);
  if (text) expect((e as DomainError).message).toMatch(text);
};

describe("self-assessment values", () => {
  it("saves a draft and refuses a stale version with the other person's value", async () => {
    const first = await saveSelfValues(f.staffA, {
      roundId: f.round.id,
      unitId: f.a.id,
      items: [item("1.1", 0, "1")],
    });
    expect(first.results[0]).toMatchObject({ ok: true, version: 1 });
    const stale = await saveSelfValues(f.headA, {
      roundId: f.round.id,
      unitId: f.a.id,
      items: [item("1.1", 0, "0")],
    });
    expect(stale.results[0]).toMatchObject({ ok: false, conflict: { selfValue: "1", version: 1 } });
    expect(stale.results[0]!.ok === false && stale.results[0]!.error).toMatch(/Tiêu chí 1.1 vừa được .* sửa/);
    const again = await saveSelfValues(f.headA, {
      roundId: f.round.id,
      unitId: f.a.id,
      items: [item("1.1", 1, "0")],
    });
    expect(again.results[0]).toMatchObject({ ok: true, version: 2 });
    const row = await db().assessmentValue.findFirstOrThrow({
      where: { unitId: f.a.id, node: { code: "1.1" } },
    });
    expect(row).toMatchObject({ selfValue: "0", version: 2 });
  });

  it("names the field for a bad value, refuses metric and survey leaves, and saves nothing for them", async () => {
    const r = await saveSelfValues(f.staffA, {
      roundId: f.round.id,
      unitId: f.a.id,
      items: [item("1.2", 0, "1,5"), item("1.3", 0, "95"), item("2.1", 0, "80")],
    });
    expect(r.results.map((x) => x.ok)).toEqual([false, false, false]);
    expect(r.results[0]!.ok === false && r.results[0]!.fieldErrors?.selfValue?.[0]).toBe(
      "Tiêu chí 1.2, số lần vi phạm: phải là số nguyên",
    );
    expect(
      await db().assessmentValue.count({
        where: { unitId: f.a.id, node: { code: { in: ["1.2", "1.3", "2.1"] } } },
      }),
    ).toBe(0);
  });

  it("opens the unit's submission as a draft once, audited, even when two first saves arrive at once", async () => {
    const save = (code: string) =>
      saveSelfValues(f.staffB, { roundId: f.round.id, unitId: f.b.id, items: [item(code, 0, "1")] });
    const [one, two] = await Promise.all([save("1.1"), save("1.2")]);
    expect([one.results[0]!.ok, two.results[0]!.ok]).toEqual([true, true]);
    const sub = await db().unitSubmission.findUniqueOrThrow({
      where: { roundId_unitId: { roundId: f.round.id, unitId: f.b.id } },
    });
    expect(sub.status).toBe("DRAFT");
    const created = await db().auditLog.findMany({
      where: { entity: "UnitSubmission", unitId: f.b.id, action: "create" },
    });
    expect(created).toEqual([
      expect.objectContaining({
        entityId: String(sub.id),
        roundId: f.round.id,
        username: f.staffB.username,
        newValue: { status: "DRAFT" },
      }),
    ]);
  });

  it("refuses edits outside the window, naming the dates", async () => {
    await db().evaluationRound.update({
      where: { id: f.round.id },
      data: { selfAssessmentEnd: new Date("2024-11-30"), selfAssessmentStart: new Date("2024-11-01") },
    });
    await refused(
      saveSelfValues(f.staffA, { roundId: f.round.id, unitId: f.a.id, items: [item("1.2", 0, "1")] }),
      422,
      /Ngoài thời gian tự đánh giá.*từ 01\/11\/2024 đến hết 30\/11\/2024/,
    );
    await refused(
      addEvidence(
        f.staffA,
        {
          roundId: f.round.id,
          unitId: f.a.id,
          code: "1.1",
          documentNumber: "1/KH",
          documentDate: null,
          pageOrSection: null,
        },
        null,
      ),
      422,
      /Ngoài thời gian/,
    );
    // the last day counts, in Vietnam time
    expect(
      (
        await saveSelfValues(
          f.staffA,
          { roundId: f.round.id, unitId: f.a.id, items: [item("1.2", 0, "1")] },
          new Date("2024-11-30T16:00:00Z"),
        )
      ).results[0]!.ok,
    ).toBe(true);
    await db().evaluationRound.update({
      where: { id: f.round.id },
      data: {
        status: "APPRAISAL",
        selfAssessmentStart: new Date(Date.now() - 5 * 86_400_000),
        selfAssessmentEnd: new Date(Date.now() + 5 * 86_400_000),
      },
    });
    await refused(
      saveSelfValues(f.staffA, { roundId: f.round.id, unitId: f.a.id, items: [item("1.2", 1, "2")] }),
      422,
      /đang thẩm định/,
    );
    await db().evaluationRound.update({ where: { id: f.round.id }, data: { status: "OPEN" } });
  });
});

describe("evidence", () => {
  it("stores a PDF under a generated key and refuses other types", async () => {
    await refused(
      addEvidence(
        f.staffA,
        {
          roundId: f.round.id,
          unitId: f.a.id,
          code: "1.1",
          documentNumber: null,
          documentDate: null,
          pageOrSection: null,
        },
        { bytes: Buffer.from("GIF89a…"), name: "anh.pdf" },
      ),
      422,
      /phải là PDF/,
    );
    const r = await addEvidence(
      f.staffA,
      {
        roundId: f.round.id,
        unitId: f.a.id,
        code: "1.1",
        documentNumber: "12/KH-A",
        documentDate: new Date("2024-02-01"),
        pageOrSection: "Trang 2",
      },
      { bytes: PDF, name: "../../etc/passwd Kế hoạch.pdf" },
    );
    expect(r.evidence).toMatchObject({
      documentNumber: "12/KH-A",
      documentDate: "2024-02-01",
      attachment: { name: "passwd Kế hoạch.pdf" },
    });
    const att = await db().attachment.findUniqueOrThrow({ where: { id: r.evidence.attachment!.id } });
    expect(att.storageKey).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}\.pdf$/);
    const file = await evidenceFileFor(f.staffA, att.id);
    expect(file.bytes.equals(PDF)).toBe(true);
    expect(await evidenceFileFor(f.admin, att.id)).toBeTruthy();
  });

  it("keeps unit B out of unit A's values and evidence, and records the attempts", async () => {
    const att = await db().attachment.findFirstOrThrow({ where: { unitId: f.a.id } });
    const ev = await db().evidenceDocument.findFirstOrThrow({ where: { attachmentId: att.id } });
    await refused(
      saveSelfValues(f.staffB, { roundId: f.round.id, unitId: f.a.id, items: [item("1.1", 2, "1")] }),
      403,
    );
    await refused(
      addEvidence(
        f.staffB,
        {
          roundId: f.round.id,
          unitId: f.a.id,
          code: "1.1",
          documentNumber: "x",
          documentDate: null,
          pageOrSection: null,
        },
        null,
      ),
      403,
    );
    await refused(evidenceFileFor(f.staffB, att.id), 403);
    await refused(removeEvidence(f.staffB, ev.id), 403);
    await refused(submitUnit(f.staffB, { roundId: f.round.id, unitId: f.a.id }), 403);
    expect(
      await db().assessmentValue.findFirstOrThrow({ where: { unitId: f.a.id, node: { code: "1.1" } } }),
    ).toMatchObject({ selfValue: "0", version: 2 });
    expect(
      await db().auditLog.count({ where: { action: "forbidden", userId: f.staffB.id, unitId: f.a.id } }),
    ).toBe(5);
  });
});

describe("submission", () => {
  it("is for the unit head only, when complete, and locks the unit", async () => {
    await refused(submitUnit(f.staffA, { roundId: f.round.id, unitId: f.a.id }), 403);
    // 1.1 = 0 (no points: no evidence needed); 1.2 = 1 occurrence → 1 point without evidence or explanation
    const e = await submitUnit(f.headA, { roundId: f.round.id, unitId: f.a.id }).catch((x: DomainError) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).fieldErrors).toEqual({
      "1.2": ["Tiêu chí 1.2: có điểm nhưng chưa có tài liệu kiểm chứng, cần nhập giải trình"],
    });
    await saveSelfValues(f.headA, {
      roundId: f.round.id,
      unitId: f.a.id,
      items: [item("1.2", 1, "1", "Văn bản đang trình ký")],
    });
    await submitUnit(f.headA, { roundId: f.round.id, unitId: f.a.id });
    expect(await db().unitSubmission.findFirstOrThrow({ where: { unitId: f.a.id } })).toMatchObject({
      status: "SUBMITTED",
      submittedById: f.headA.id,
    });
    await refused(
      saveSelfValues(f.staffA, { roundId: f.round.id, unitId: f.a.id, items: [item("1.2", 2, "0")] }),
      422,
      /đã nộp tự đánh giá/,
    );
    const ev = await db().evidenceDocument.findFirstOrThrow({ where: { value: { unitId: f.a.id } } });
    await refused(removeEvidence(f.staffA, ev.id), 422, /đã nộp/);
  });

  it("checks completeness under the lock a value save holds: a value cleared meanwhile is seen", async () => {
    const r = await saveSelfValues(f.staffB, {
      roundId: f.round.id,
      unitId: f.b.id,
      items: [item("1.1", 1, "1", "Kế hoạch số 3"), item("1.2", 1, "1", "Văn bản đang trình ký")],
    });
    expect(r.results.map((x) => x.ok)).toEqual([true, true]);
    const node12 = await db().criteriaNode.findFirstOrThrow({
      where: { setId: f.round.criteriaSetId, code: "1.2" },
    });
    // What a save does (lib/assessment/locks.ts): round and submission in share mode, then the value.
    const outcome = await racingAnotherSession(
      `
      SELECT 1 FROM "EvaluationRound" WHERE id = ${f.round.id} FOR SHARE;
      SELECT 1 FROM "UnitSubmission" WHERE "roundId" = ${f.round.id} AND "unitId" = ${f.b.id} FOR SHARE;
      UPDATE "AssessmentValue" SET "selfValue" = NULL WHERE "roundId" = ${f.round.id} AND "unitId" = ${f.b.id} AND "nodeId" = ${node12.id}`,
      () => submitUnit(f.headB, { roundId: f.round.id, unitId: f.b.id }),
    );
    expect(outcome).toMatchObject({ status: 422, fieldErrors: { "1.2": [expect.any(String)] } });
    expect(await db().unitSubmission.findFirstOrThrow({ where: { unitId: f.b.id } })).toMatchObject({
      status: "DRAFT",
    });
    expect(
      (
        await saveSelfValues(f.staffB, {
          roundId: f.round.id,
          unitId: f.b.id,
          items: [item("1.2", 2, "1", "Văn bản đang trình ký")],
        })
      ).results[0]!.ok,
    ).toBe(true);
  });

  it("of two submits at once, one succeeds and the other is told when: one audit entry", async () => {
    const outcomes = await Promise.allSettled(
      [0, 1].map(() => submitUnit(f.headB, { roundId: f.round.id, unitId: f.b.id })),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const failed = outcomes.find((o) => o.status === "rejected")?.reason as DomainError;
    expect(failed).toBeInstanceOf(DomainError);
    expect(failed).toMatchObject({
      status: 409,
      message: expect.stringMatching(/^Đơn vị đã nộp tự đánh giá lúc \d{2}:\d{2}/),
    });
    expect(
      await db().auditLog.count({ where: { action: "submit", entity: "UnitSubmission", unitId: f.b.id } }),
    ).toBe(1);
  });

  it("wrote an audit entry for every change", async () => {
    const rows = await db().auditLog.findMany({
      where: { unitId: f.a.id, roundId: f.round.id, NOT: { action: "forbidden" } },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => `${r.action} ${r.entity} ${r.criterionCode ?? ""}`.trim())).toEqual([
      "create UnitSubmission",
      "create AssessmentValue 1.1",
      "update AssessmentValue 1.1",
      "create AssessmentValue 1.2",
      "create EvidenceDocument 1.1",
      "update AssessmentValue 1.2",
      "submit UnitSubmission",
    ]);
    expect(rows[2]).toMatchObject({
      oldValue: { selfValue: "1" },
      newValue: { selfValue: "0" },
      username: "UN.thutruong.a",
    });
    const files = await readdir(process.env.CCHC_UPLOAD_DIR!, { recursive: true });
    expect(files.some((n) => n.includes("passwd") || n.includes("Kế hoạch"))).toBe(false);
  });
});
