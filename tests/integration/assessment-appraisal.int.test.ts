// Home Affairs' side: appraisal with reasons and optimistic versions, survey import (all or nothing),
// publication v1 then a correction v2 that needs a reason, and the audit trail of all of it.
import { describe, expect, it, beforeAll } from "vitest";
import { db } from "../../lib/db/client";
import { DomainError } from "../../lib/errors";
import { saveSelfValues } from "../../lib/assessment/values";
import { submitUnit } from "../../lib/assessment/submission";
import { appraiseValue } from "../../lib/assessment/appraisal";
import { importSurvey } from "../../lib/assessment/survey";
import { publishAsUser, publishedVersions, unitPublishedResult } from "../../lib/assessment/publication";
import { setRoundStatus } from "../../lib/assessment/rounds";
import { latestSnapshot } from "../../lib/results/snapshots";
import { assessmentFixture } from "./assessment-fixture";
import { racingAnotherSession } from "./racing";

let f: Awaited<ReturnType<typeof assessmentFixture>>;
const appraisal = (over: Partial<Parameters<typeof appraiseValue>[1]> = {}) => ({
  roundId: f.round.id,
  unitId: f.a.id,
  code: "1.1",
  version: 1,
  appraisedValue: "1",
  notApplicable: false,
  reason: null,
  comment: null,
  ...over,
});

beforeAll(async () => {
  f = await assessmentFixture("AP");
  const items = [
    {
      code: "1.1",
      version: 0,
      selfValue: "1",
      notApplicable: false,
      explanation: "Kế hoạch số 5 đang trình ký",
    },
    { code: "1.2", version: 0, selfValue: "0", notApplicable: false, explanation: "Không có báo cáo chậm" },
  ];
  await saveSelfValues(f.staffA, { roundId: f.round.id, unitId: f.a.id, items });
});

describe("appraisal", () => {
  it("waits for the submission, then asks a reason for every change", async () => {
    await expect(appraiseValue(f.admin, appraisal())).rejects.toThrow(/chưa nộp/);
    await submitUnit(f.headA, { roundId: f.round.id, unitId: f.a.id });
    const noReason = await appraiseValue(f.admin, appraisal({ appraisedValue: "0" }));
    expect(noReason).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["Tiêu chí 1.1: giá trị thẩm định khác giá trị tự đánh giá, cần ghi lý do"] },
    });
    expect(await appraiseValue(f.admin, appraisal({ appraisedValue: "1" }))).toEqual({
      ok: true,
      version: 2,
    });
    expect(
      await appraiseValue(
        f.admin,
        appraisal({
          version: 2,
          appraisedValue: "0",
          reason: "Chưa ban hành kế hoạch",
          comment: "Bổ sung kế hoạch năm sau",
        }),
      ),
    ).toEqual({ ok: true, version: 3 });
  });

  it("never lets two appraisers overwrite each other silently", async () => {
    const stale = await appraiseValue(f.admin2, appraisal({ version: 2, appraisedValue: "1" }));
    expect(stale).toMatchObject({
      ok: false,
      conflict: { appraisedValue: "0", reason: "Chưa ban hành kế hoạch", version: 3 },
    });
    expect(stale.ok === false && stale.error).toMatch(/vừa được .* cập nhật/);
    expect(
      await db().assessmentValue.findFirstOrThrow({ where: { unitId: f.a.id, node: { code: "1.1" } } }),
    ).toMatchObject({ appraisedValue: "0", version: 3 });
  });

  it("is refused to unit users", async () => {
    await expect(appraiseValue(f.headA, appraisal({ version: 3 }))).rejects.toMatchObject({ status: 403 });
  });
});

describe("survey import", () => {
  it("writes nothing when one row is bad and names every bad row", async () => {
    const csv = `ma_don_vi,ma_tieu_chi,ty_le\nAP_A,2.1,85\nAP_B,1.1,90\nXX,2.1,50\nAP_B,2.1,101\n`;
    const e = await importSurvey(f.admin, f.round.id, csv).catch((x: DomainError) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).fieldErrors?.file).toEqual([
      'dòng 3, cột ma_tieu_chi: tiêu chí "1.1" không phải tiêu chí điều tra xã hội học',
      'dòng 4, cột ma_don_vi: đơn vị "XX" không thuộc khối của đợt đánh giá',
      "dòng 5, cột ty_le: tỷ lệ phải từ 0 đến 100",
    ]);
    expect(await db().surveyResult.count()).toBe(0);
  });

  it("imports good files idempotently and only for survey leaves", async () => {
    const csv = `ma_don_vi,ma_tieu_chi,ty_le\nAP_A,2.1,"85,5"\nAP_B,2.1,70\n`;
    expect(await importSurvey(f.admin, f.round.id, csv)).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
    expect(await importSurvey(f.admin, f.round.id, csv)).toEqual({ inserted: 0, updated: 0, unchanged: 2 });
    await expect(importSurvey(f.staffA, f.round.id, csv)).rejects.toMatchObject({ status: 403 });
  });

  it("is refused for a round that is not open yet", async () => {
    await db().evaluationRound.update({ where: { id: f.round.id }, data: { status: "DRAFT" } });
    try {
      await expect(
        importSurvey(f.admin, f.round.id, `ma_don_vi,ma_tieu_chi,ty_le\nAP_A,2.1,60\n`),
      ).rejects.toMatchObject({ status: 422, message: expect.stringContaining("chưa mở") });
      expect(
        Number((await db().surveyResult.findFirstOrThrow({ where: { unitId: f.a.id } })).percentage),
      ).toBe(85.5);
    } finally {
      await db().evaluationRound.update({ where: { id: f.round.id }, data: { status: "OPEN" } });
    }
  });
});

describe("publication", () => {
  it("publishes v1, then a correction v2 only with a reason; both versions stay listed", async () => {
    await expect(publishAsUser(f.admin, f.round.id, null)).rejects.toThrow(/thẩm định trước khi công bố/);
    await setRoundStatus(f.admin, { roundId: f.round.id, status: "APPRAISAL" });
    expect(await publishAsUser(f.admin, f.round.id, null)).toMatchObject({ version: 1 });
    await expect(publishAsUser(f.admin, f.round.id, "  ")).rejects.toThrow(/điều chỉnh phải có lý do/);
    const leaf11 = async () =>
      (await unitPublishedResult(f.round.id, f.a.id))!.leaves.find((l) => l.code === "1.1");
    const v1Words = { points: 0, reason: "Chưa ban hành kế hoạch", comment: "Bổ sung kế hoạch năm sau" };
    expect(await leaf11()).toMatchObject(v1Words);
    await appraiseValue(
      f.admin,
      appraisal({ version: 3, appraisedValue: "1", reason: null, comment: "Đã bổ sung" }),
    );
    // a correction in preparation: the unit still reads the published figures and the words that went with them
    expect(await leaf11()).toMatchObject(v1Words);
    expect(await publishAsUser(f.admin, f.round.id, "Chấp nhận kế hoạch bổ sung")).toMatchObject({
      version: 2,
    });
    expect(await leaf11()).toMatchObject({ points: 2, reason: null, comment: "Đã bổ sung" });
    const versions = await publishedVersions(f.round.id);
    expect(versions.map((v) => [v.version, v.reason])).toEqual([
      [2, "Chấp nhận kế hoạch bổ sung"],
      [1, null],
    ]);
    const seen = await unitPublishedResult(f.round.id, f.a.id);
    // 1.1 = 2, 1.2 = 1,5, 1.3 metric without data = 0 of 2, 2.1 = 85,5 % of 6 = 5,13 → 8,63 / 11,5
    expect(seen).toMatchObject({ version: 2, result: { max: 11.5 } });
    expect(seen!.result.achieved).toBeCloseTo(8.63, 9);
    expect(seen!.leaves.find((l) => l.code === "1.3")).toMatchObject({ lost: 2 });
    await expect(publishAsUser(f.staffA, f.round.id, "x")).rejects.toMatchObject({ status: 403 });
  });

  it("left an audit trail of appraisal, survey, status and snapshots", async () => {
    const rows = await db().auditLog.findMany({
      where: { roundId: f.round.id, NOT: { action: "forbidden" } },
      orderBy: { id: "asc" },
    });
    const kinds = rows.map((r) => `${r.action} ${r.entity}${r.criterionCode ? ` ${r.criterionCode}` : ""}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        "appraise AssessmentValue 1.1",
        "import SurveyResult 2.1",
        "update EvaluationRound",
        "publish ResultSnapshot",
      ]),
    );
    expect(kinds.filter((k) => k === "import SurveyResult 2.1")).toHaveLength(2);
    expect(rows.find((r) => r.action === "appraise" && r.reason === "Chưa ban hành kế hoạch")).toMatchObject({
      oldValue: { appraisedValue: "1" },
      newValue: { appraisedValue: "0", comment: "Bổ sung kế hoạch năm sau" },
    });
    expect(rows.filter((r) => r.action === "publish").map((r) => r.reason)).toEqual([
      null,
      "Chấp nhận kế hoạch bổ sung",
    ]);
    expect(
      rows
        .filter((r) => r.action === "publish")
        .map((r) => [r.oldValue, (r.newValue as { status: string; version: number }).version]),
    ).toEqual([
      [{ status: "APPRAISAL", version: null }, 1],
      [{ status: "PUBLISHED", version: 1 }, 2],
    ]);
  });
});

describe("publication and appraisal at the same time", () => {
  const value11 = () =>
    db().assessmentValue.findFirstOrThrow({
      where: { roundId: f.round.id, unitId: f.a.id, node: { code: "1.1" } },
    });

  it("a publication waits for an appraisal in flight and freezes it", async () => {
    const v = await value11();
    // What an appraisal does (lib/assessment/locks.ts): the round in share mode, then the value.
    const outcome = await racingAnotherSession(
      `
      SELECT 1 FROM "EvaluationRound" WHERE id = ${f.round.id} FOR SHARE;
      UPDATE "AssessmentValue" SET "appraisedValue" = '0', version = version + 1 WHERE id = ${v.id}`,
      () => publishAsUser(f.admin, f.round.id, "Thẩm định lại tiêu chí 1.1"),
    );
    expect(outcome).toMatchObject({ version: 3 });
    const snapshot = (await latestSnapshot(f.round.id))!;
    expect(snapshot.inputs.values[f.a.code]!["1.1"]).toMatchObject({ appraised: "0" });
    expect(
      snapshot.results.units.find((u) => u.unit === f.a.code)!.leafResults.find((l) => l.code === "1.1"),
    ).toMatchObject({ points: 0 });
  });

  it("an appraisal waits for a publication in progress and comes after it", async () => {
    const v = await value11();
    const outcome = await racingAnotherSession(
      `SELECT 1 FROM "EvaluationRound" WHERE id = ${f.round.id} FOR UPDATE`,
      () => appraiseValue(f.admin, appraisal({ version: v.version, appraisedValue: "1" })),
    );
    expect(outcome).toEqual({ ok: true, version: v.version + 1 });
  });

  it("a round moved back to self-assessment meanwhile is not published", async () => {
    const outcome = await racingAnotherSession(
      `UPDATE "EvaluationRound" SET status = 'OPEN' WHERE id = ${f.round.id}`,
      () => publishAsUser(f.admin, f.round.id, "Công bố lại"),
    );
    expect(outcome).toMatchObject({
      status: 422,
      message: expect.stringContaining("thẩm định trước khi công bố"),
    });
    expect(await db().evaluationRound.findUniqueOrThrow({ where: { id: f.round.id } })).toMatchObject({
      status: "OPEN",
    });
    expect(await db().resultSnapshot.count({ where: { roundId: f.round.id } })).toBe(3);
  });

  it("an appraisal of a submission returned to the unit meanwhile is refused", async () => {
    // the round is back in self-assessment (previous test): appraisal needs the unit's submission
    await db().unitSubmission.update({
      where: { roundId_unitId: { roundId: f.round.id, unitId: f.a.id } },
      data: { status: "SUBMITTED" },
    });
    try {
      const v = await value11();
      // Home Affairs returns the submission in another session while an appraiser saves.
      const outcome = await racingAnotherSession(
        `UPDATE "UnitSubmission" SET status = 'DRAFT' WHERE "roundId" = ${f.round.id} AND "unitId" = ${f.a.id}`,
        () =>
          appraiseValue(
            f.admin,
            appraisal({ version: v.version, appraisedValue: "0", reason: "Chưa có kế hoạch" }),
          ),
      );
      expect(outcome).toMatchObject({ status: 422, message: expect.stringContaining("chưa nộp") });
      expect(await value11()).toMatchObject({ version: v.version, appraisedValue: v.appraisedValue });
    } finally {
      await db().unitSubmission.update({
        where: { roundId_unitId: { roundId: f.round.id, unitId: f.a.id } },
        data: { status: "SUBMITTED" },
      });
    }
  });

  it("freezes the figures from records with the values (read just before the round is locked)", async () => {
    const d = (s: string) => new Date(`${s}T00:00:00Z`);
    await db().planTask.createMany({
      data: [
        {
          year: 2024,
          code: "AP1",
          unitId: f.b.id,
          title: "Kế hoạch CCHC",
          product: "Quyết định",
          deadline: d("2024-03-31"),
          status: "DONE",
          completedAt: d("2024-03-20"),
        },
        {
          year: 2024,
          code: "AP2",
          unitId: f.b.id,
          title: "Báo cáo quý",
          product: "Báo cáo",
          deadline: d("2024-06-30"),
          status: "DONE",
          completedAt: d("2024-06-28"),
        },
      ],
    });
    await setRoundStatus(f.admin, { roundId: f.round.id, status: "APPRAISAL" });
    expect(await publishAsUser(f.admin, f.round.id, "Bổ sung số liệu kế hoạch")).toMatchObject({
      version: 4,
    });
    const snapshot = (await latestSnapshot(f.round.id))!;
    expect(snapshot.inputs.fromRecords[f.b.code]).toEqual(["1.3"]);
    expect(snapshot.inputs.values[f.b.code]!["1.3"]).toMatchObject({ appraised: 100 });
    expect(
      snapshot.results.units.find((u) => u.unit === f.b.code)!.leafResults.find((l) => l.code === "1.3"),
    ).toMatchObject({ points: 2 });
    expect(snapshot.inputs.fromRecords[f.a.code]).toBeUndefined();
  });
});
