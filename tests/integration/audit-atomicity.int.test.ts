// A change and its audit entry are written together or not at all: while a test trigger refuses
// audit entries of one entity, the change itself must not be kept either.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

// before lib/env reads it: uploads go to a throwaway folder
vi.hoisted(() => {
  process.env.CCHC_UPLOAD_DIR = `${process.env.TMPDIR ?? "/tmp"}/cchc-audit-atomicity-${process.pid}`;
});

import { readdir } from "node:fs/promises";
import { db } from "../../lib/db/client";
import { ConflictError } from "../../lib/errors";
import { issueApiToken, revokeApiToken } from "../../lib/api-tokens/api-tokens";
import { setRoundStatus, setWindow } from "../../lib/assessment/rounds";
import { returnSubmission } from "../../lib/assessment/submission";
import { createPlanTask, editAs, updatePlanTask } from "../../lib/plan/plan-tasks";
import { addRemediationItem } from "../../lib/remediation/plans";
import { addProgressUpdate } from "../../lib/remediation/progress";
import { itemInput, progressInput } from "../../lib/remediation/inputs";
import { updateUser } from "../../lib/users/users";
import { pdfFile, remediationWorld } from "./remediation-fixtures";
import { racingAnotherSession } from "./racing";

let w: Awaited<ReturnType<typeof remediationWorld>>;
let roundId: number;

beforeAll(async () => {
  w = await remediationWorld();
  const round = await db().evaluationRound.findFirstOrThrow({ where: { year: 2023 } });
  roundId = (
    await db().evaluationRound.create({
      data: {
        year: 2024,
        group: "SO",
        name: "Đợt 2024",
        criteriaSetId: round.criteriaSetId,
        status: "DRAFT",
      },
    })
  ).id;
  await db().$executeRawUnsafe(`
    CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.entity = TG_ARGV[0] THEN RAISE EXCEPTION 'audit entry refused by the test'; END IF;
      RETURN NEW;
    END $$`);
});

/** Makes every audit entry of `entity` fail until the end of the test. */
async function refuseAudit(entity: string) {
  await db().$executeRawUnsafe(
    `CREATE TRIGGER test_refuse_audit BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION test_refuse_audit('${entity}')`,
  );
}

afterEach(async () => {
  await db().$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_refuse_audit ON "AuditLog"`);
});

describe("a change is not kept without its audit entry", () => {
  it("round status", async () => {
    await setWindow(w.people.admin, {
      roundId,
      selfAssessmentStart: new Date("2024-01-01"),
      selfAssessmentEnd: new Date("2024-01-31"),
    });
    await refuseAudit("EvaluationRound");
    await expect(setRoundStatus(w.people.admin, { roundId, status: "OPEN" })).rejects.toThrow(
      "refused by the test",
    );
    await expect(
      setWindow(w.people.admin, {
        roundId,
        selfAssessmentStart: new Date("2024-02-01"),
        selfAssessmentEnd: new Date("2024-02-28"),
      }),
    ).rejects.toThrow("refused by the test");
    expect(await db().evaluationRound.findUniqueOrThrow({ where: { id: roundId } })).toMatchObject({
      status: "DRAFT",
      selfAssessmentStart: new Date("2024-01-01"),
    });
  });

  it("round status moves only from the status that was checked, even when another move commits meanwhile", async () => {
    await setRoundStatus(w.people.admin, { roundId, status: "OPEN" });
    // Another session moves the round to APPRAISAL and commits while our move waits for the row.
    const outcome = await racingAnotherSession(
      `UPDATE "EvaluationRound" SET status = 'APPRAISAL' WHERE id = ${roundId}`,
      () => setRoundStatus(w.people.admin, { roundId, status: "DRAFT" }),
    );
    expect(outcome).toBeInstanceOf(ConflictError);
    expect((await db().evaluationRound.findUniqueOrThrow({ where: { id: roundId } })).status).toBe(
      "APPRAISAL",
    );
    const moves = await db().auditLog.findMany({
      where: { entity: "EvaluationRound", entityId: String(roundId), action: "update" },
      orderBy: { id: "asc" },
    });
    expect(moves.map((m) => m.newValue)).not.toContainEqual({ status: "DRAFT" });
    await db().evaluationRound.update({ where: { id: roundId }, data: { status: "DRAFT" } });
  });

  it("submission returned to draft", async () => {
    const sub = await db().unitSubmission.create({
      data: { roundId, unitId: w.a.id, status: "SUBMITTED", submittedAt: new Date() },
    });
    await refuseAudit("UnitSubmission");
    await expect(
      returnSubmission(w.people.admin, { roundId, unitId: w.a.id, reason: "Thiếu tài liệu" }),
    ).rejects.toThrow("refused by the test");
    expect(await db().unitSubmission.findUniqueOrThrow({ where: { id: sub.id } })).toMatchObject({
      status: "SUBMITTED",
    });
  });

  it("submission returned twice at once: returned and audited once", async () => {
    const sub = await db().unitSubmission.findUniqueOrThrow({
      where: { roundId_unitId: { roundId, unitId: w.a.id } },
    });
    const outcome = await racingAnotherSession(
      `UPDATE "UnitSubmission" SET status = 'DRAFT' WHERE id = ${sub.id}`,
      () => returnSubmission(w.people.admin, { roundId, unitId: w.a.id, reason: "Thiếu tài liệu" }),
    );
    expect(outcome).toMatchObject({
      status: 422,
      message: expect.stringContaining("không có gì để trả lại"),
    });
    expect(await db().auditLog.count({ where: { entity: "UnitSubmission", entityId: String(sub.id) } })).toBe(
      0,
    );
  });

  it("user role and active flag", async () => {
    const staff = await db().user.findUniqueOrThrow({ where: { id: w.people.staffA.id } });
    await refuseAudit("User");
    await expect(
      updateUser({ id: staff.id, role: "UNIT_HEAD", unitId: staff.unitId, active: false }, w.people.admin),
    ).rejects.toThrow("refused by the test");
    expect(await db().user.findUniqueOrThrow({ where: { id: staff.id } })).toMatchObject({
      role: "UNIT_STAFF",
      active: true,
    });
  });

  it("API token issue and revocation", async () => {
    const { id } = await issueApiToken({ name: "Một cửa tỉnh", unitId: null }, w.people.admin);
    await refuseAudit("ApiToken");
    await expect(issueApiToken({ name: "Không ghi được", unitId: null }, w.people.admin)).rejects.toThrow(
      "refused by the test",
    );
    await expect(revokeApiToken(id, w.people.admin)).rejects.toThrow("refused by the test");
    expect(await db().apiToken.findMany({ select: { id: true, revokedAt: true } })).toEqual([
      { id, revokedAt: null },
    ]);
  });

  it("plan task", async () => {
    const t = {
      year: 2024,
      code: "NV01",
      unitId: w.a.id,
      title: "Ban hành kế hoạch CCHC",
      product: "Quyết định ban hành kế hoạch",
      deadline: "2024-03-31",
      status: "NOT_STARTED" as const,
      completedAt: null,
      assignedByProvince: false,
      note: null,
    };
    const row = await createPlanTask(t, w.people.admin);
    await refuseAudit("PlanTask");
    await expect(
      updatePlanTask(row.id, { ...t, status: "DONE", completedAt: "2024-03-01" }, w.people.admin),
    ).rejects.toThrow("refused by the test");
    await expect(createPlanTask({ ...t, code: "NV02" }, w.people.admin)).rejects.toThrow(
      "refused by the test",
    );
    expect(await db().planTask.findMany({ select: { code: true, status: true } })).toEqual([
      { code: "NV01", status: "NOT_STARTED" },
    ]);
  });

  it("remediation progress with a file: neither the update, the attachment row nor the file is kept", async () => {
    const item = await addRemediationItem(
      itemInput.parse({
        unitId: w.a.id,
        year: 2023,
        source: "MANUAL",
        problem: "Chưa kiện toàn bộ phận một cửa",
        action: "Kiện toàn",
        owner: "Văn phòng Sở",
        deadline: "2024-06-30",
      }),
      w.people.headA,
    );
    await refuseAudit("RemediationItem");
    await expect(
      addProgressUpdate(
        progressInput.parse({ itemId: item.id, note: "Đã kiện toàn", file: pdfFile() }),
        w.people.staffA,
      ),
    ).rejects.toThrow("refused by the test");
    expect(await db().remediationUpdate.count({ where: { itemId: item.id } })).toBe(0);
    expect(await db().attachment.count()).toBe(0);
    const files = await readdir(process.env.CCHC_UPLOAD_DIR!, { recursive: true, withFileTypes: true }).catch(
      () => [],
    );
    expect(files.filter((f) => f.isFile())).toEqual([]);
  });
});

describe("a replayed progress update (double click, retry) adds nothing (issue 17)", () => {
  it("stores one update and one audit entry for 10 submissions of the same form at once", async () => {
    const item = await addRemediationItem(
      itemInput.parse({
        unitId: w.a.id,
        year: 2023,
        source: "MANUAL",
        problem: "Chưa số hoá hồ sơ",
        action: "Số hoá",
        owner: "Văn phòng Sở",
        deadline: "2024-06-30",
      }),
      w.people.headA,
    );
    const input = progressInput.parse({
      itemId: item.id,
      note: "Đã số hoá 80 % hồ sơ",
      clientKey: "7f1c2a9e-5b1d-4c3e-9a8b-0d2e4f6a8b1c",
    });
    const replies = await Promise.allSettled(
      Array.from({ length: 10 }, () => addProgressUpdate(input, w.people.staffA)),
    );
    expect(replies.filter((r) => r.status === "rejected")).toEqual([]);
    const ids = new Set(replies.map((r) => (r as PromiseFulfilledResult<{ id: number }>).value.id));
    expect(ids.size).toBe(1);
    expect(await db().remediationUpdate.count({ where: { itemId: item.id } })).toBe(1);
    expect(
      await db().auditLog.count({
        where: { entity: "RemediationItem", entityId: String(item.id), action: "progress" },
      }),
    ).toBe(1);
    // a new submission (a new key) is a new update
    await addProgressUpdate(
      progressInput.parse({
        itemId: item.id,
        note: "Đã số hoá 100 % hồ sơ",
        clientKey: "0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d",
      }),
      w.people.staffA,
    );
    expect(await db().remediationUpdate.count({ where: { itemId: item.id } })).toBe(2);
  });
});

describe("a check and the change it allows happen in one transaction", () => {
  it("remediation progress on an item verified meanwhile is refused", async () => {
    const item = await addRemediationItem(
      itemInput.parse({
        unitId: w.a.id,
        year: 2023,
        source: "MANUAL",
        problem: "Chưa công khai kết quả giải quyết TTHC",
        action: "Công khai",
        owner: "Văn phòng Sở",
        deadline: "2024-06-30",
      }),
      w.people.headA,
    );
    // An inspector verifies the item in another session; the update waits for it, then sees it.
    const outcome = await racingAnotherSession(
      `UPDATE "RemediationItem" SET status = 'VERIFIED' WHERE id = ${item.id}`,
      () =>
        addProgressUpdate(
          progressInput.parse({ itemId: item.id, note: "Đã công khai trên cổng" }),
          w.people.staffA,
        ),
    );
    expect(outcome).toMatchObject({
      status: 409,
      message: expect.stringContaining("đã được xác nhận khắc phục"),
    });
    expect(await db().remediationUpdate.count({ where: { itemId: item.id } })).toBe(0);
    expect(
      await db().auditLog.count({
        where: { entity: "RemediationItem", entityId: String(item.id), action: "progress" },
      }),
    ).toBe(0);
  });

  it("a plan task moved to another unit meanwhile is not edited by the first unit", async () => {
    const t = {
      year: 2024,
      code: "NV10",
      unitId: w.a.id,
      title: "Rà soát quy chế làm việc",
      product: "Quy chế sửa đổi",
      deadline: "2024-05-31",
      status: "NOT_STARTED" as const,
      completedAt: null,
      assignedByProvince: false,
      note: null,
    };
    const row = await createPlanTask(t, w.people.admin);
    // Home Affairs moves the task to unit B in another session while unit A's head saves an edit.
    const outcome = await racingAnotherSession(
      `UPDATE "PlanTask" SET "unitId" = ${w.b.id} WHERE id = ${row.id}`,
      () =>
        updatePlanTask(
          row.id,
          editAs(w.people.headA, { ...t, title: "Rà soát và sửa quy chế" }),
          w.people.headA,
        ),
    );
    expect(outcome).toMatchObject({ status: 403 });
    expect(await db().planTask.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      unitId: w.b.id,
      title: t.title,
    });
    expect(
      await db().auditLog.count({
        where: { entity: "PlanTask", entityId: String(row.id), action: "update" },
      }),
    ).toBe(0);
  });
  it("of two plan tasks created at once with the same code, one is kept and the other is a conflict", async () => {
    const t = {
      year: 2024,
      code: "NV20",
      unitId: w.a.id,
      title: "Số hoá hồ sơ",
      product: "Kho dữ liệu số",
      deadline: "2024-09-30",
      status: "NOT_STARTED" as const,
      completedAt: null,
      assignedByProvince: false,
      note: null,
    };
    const results = await Promise.allSettled([
      createPlanTask(t, w.people.admin),
      createPlanTask({ ...t, title: "Số hoá hồ sơ (bản 2)" }, w.people.admin),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({
      status: 409,
      message: 'Mã nhiệm vụ "NV20" đã có trong kế hoạch năm 2024',
    });
    expect(await db().planTask.count({ where: { year: 2024, code: "NV20" } })).toBe(1);
    expect(
      await db().auditLog.count({
        where: { entity: "PlanTask", action: "create", newValue: { path: ["code"], equals: "NV20" } },
      }),
    ).toBe(1);
  });
});
