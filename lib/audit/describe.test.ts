import { describe, expect, it } from "vitest";
import { changeText, describeAudit, valueText, type AuditRecord } from "./describe";
import { describeAccess } from "./access";
import { ACTION_LABELS, AUDIT_ENTITY_OPTIONS, ENTITY_LABELS } from "./labels";

const entry = (e: Partial<AuditRecord> & Pick<AuditRecord, "action" | "entity">): AuditRecord => ({
  entityId: "1",
  criterionCode: null,
  oldValue: null,
  newValue: null,
  ...e,
});
const lines = (e: AuditRecord, ctx = {}) => describeAudit(e, ctx).changes.map(changeText);

describe("describeAudit: entries as the services write them", () => {
  it.each([
    {
      name: "a self-assessment value edited",
      e: entry({
        action: "update",
        entity: "AssessmentValue",
        entityId: "6530",
        criterionCode: "3.2",
        oldValue: { selfValue: "kip_thoi", explanation: null, notApplicable: false },
        newValue: { selfValue: "khong_kip_thoi", explanation: "Ban hành trễ 5 ngày", notApplicable: false },
      }),
      action: "Sửa",
      subject: "Giá trị tiêu chí 3.2",
      changes: [
        "Giá trị tự đánh giá: Kịp thời → Không kịp thời",
        "Giải trình: (trống) → Ban hành trễ 5 ngày",
      ],
    },
    {
      name: "a first self-assessment value",
      e: entry({
        action: "create",
        entity: "AssessmentValue",
        criterionCode: "1.1",
        newValue: { selfValue: "85.5", notApplicable: false, explanation: null },
      }),
      action: "Tạo",
      subject: "Giá trị tiêu chí 1.1",
      changes: ["Giá trị tự đánh giá: 85,5", "Không áp dụng: Không"],
    },
    {
      name: "an appraisal",
      e: entry({
        action: "appraise",
        entity: "AssessmentValue",
        criterionCode: "2.1",
        oldValue: { selfValue: "true", appraisedValue: null, notApplicable: false, comment: null },
        newValue: { appraisedValue: "false", notApplicable: true, comment: "Không có văn bản" },
      }),
      action: "Thẩm định",
      subject: "Giá trị tiêu chí 2.1",
      changes: [
        "Giá trị tự đánh giá: Có",
        "Giá trị thẩm định: (trống) → Không",
        "Không áp dụng: Không → Có",
        "Nhận xét: (trống) → Không có văn bản",
      ],
    },
    {
      name: "a submission",
      e: entry({
        action: "submit",
        entity: "UnitSubmission",
        oldValue: { status: "DRAFT" },
        newValue: { status: "SUBMITTED" },
      }),
      action: "Nộp",
      subject: "Hồ sơ tự đánh giá",
      changes: ["Trạng thái: Đang soạn → Đã nộp"],
    },
    {
      name: "a round moved on",
      e: entry({
        action: "update",
        entity: "EvaluationRound",
        oldValue: { status: "OPEN" },
        newValue: { status: "APPRAISAL" },
      }),
      action: "Sửa",
      subject: "Đợt đánh giá",
      changes: ["Trạng thái: Đang tự đánh giá → Đang thẩm định"],
    },
    {
      name: "a round's window",
      e: entry({
        action: "update",
        entity: "EvaluationRound",
        oldValue: { selfAssessmentStart: "2026-03-01", selfAssessmentEnd: "2026-03-31" },
        newValue: { selfAssessmentStart: "2026-03-01", selfAssessmentEnd: "2026-04-15" },
      }),
      action: "Sửa",
      subject: "Đợt đánh giá",
      changes: ["Kết thúc tự đánh giá: 31/03/2026 → 15/04/2026"],
    },
    {
      name: "a publication",
      e: entry({
        action: "publish",
        entity: "ResultSnapshot",
        oldValue: { status: "APPRAISAL", version: null },
        newValue: { status: "PUBLISHED", version: 1, units: 21 },
      }),
      action: "Công bố",
      subject: "Kết quả công bố lần 1",
      changes: ["Trạng thái: Đang thẩm định → Đã công bố", "Phiên bản: (trống) → 1", "Số đơn vị: 21"],
    },
    {
      name: "a survey import",
      e: entry({
        action: "import",
        entity: "SurveyResult",
        entityId: null,
        criterionCode: "7.1",
        oldValue: { percentage: 80 },
        newValue: { percentage: 85.25 },
      }),
      action: "Nhập",
      subject: "Kết quả điều tra XHH 7.1",
      changes: ["Tỷ lệ hài lòng: 80 % → 85,25 %"],
    },
    {
      name: "a case import from the web",
      e: entry({
        action: "import",
        entity: "CaseRecord",
        newValue: { via: "web", rows: 1239, inserted: 1234, updated: 5 },
      }),
      action: "Nhập",
      subject: "Hồ sơ TTHC",
      changes: ["Số bản ghi: 1.234 mới, 5 cập nhật (1.239 dòng)", "Nhập qua: giao diện web"],
    },
    {
      name: "a plan import",
      e: entry({
        action: "import",
        entity: "PlanTask",
        entityId: null,
        newValue: { rows: 40, inserted: 38, updated: 2 },
      }),
      action: "Nhập",
      subject: "Nhiệm vụ kế hoạch CCHC",
      changes: ["Số bản ghi: 38 mới, 2 cập nhật (40 dòng)"],
    },
    {
      name: "a plan task edited",
      e: entry({
        action: "update",
        entity: "PlanTask",
        oldValue: {
          title: "Rà soát TTHC",
          deadline: "2026-06-30T00:00:00.000Z",
          status: "NOT_STARTED",
          completedAt: null,
          unitId: 4,
        },
        newValue: {
          code: "KH-01",
          title: "Rà soát TTHC",
          deadline: "2026-06-30T00:00:00.000Z",
          status: "DONE",
          completedAt: "2026-06-20T00:00:00.000Z",
          unitId: 4,
          assignedByProvince: true,
        },
      }),
      action: "Sửa",
      subject: "Nhiệm vụ kế hoạch CCHC KH-01",
      changes: [
        "Trạng thái: Chưa thực hiện → Hoàn thành",
        "Mã: KH-01",
        "Ngày hoàn thành: (trống) → 20/06/2026",
        "Tỉnh giao: Có",
      ],
    },
    {
      name: "a remediation status",
      e: entry({
        action: "status",
        entity: "RemediationItem",
        criterionCode: "4.3",
        oldValue: { status: "DONE" },
        newValue: { status: "REOPENED" },
      }),
      action: "Chuyển trạng thái",
      subject: "Việc khắc phục · tiêu chí 4.3",
      changes: ["Trạng thái: Đã hoàn thành, chờ xác nhận → Mở lại"],
    },
    {
      name: "a remediation progress with a file",
      e: entry({
        action: "progress",
        entity: "RemediationItem",
        newValue: {
          updateId: 9,
          note: "Đã ban hành quyết định",
          attachment: { id: 3, name: "qd.pdf", sha256: "ab12" },
        },
      }),
      action: "Cập nhật tiến độ",
      subject: "Việc khắc phục",
      changes: ["Ghi chú: Đã ban hành quyết định", "Tệp đính kèm: qd.pdf"],
    },
    {
      name: "evidence removed",
      e: entry({
        action: "delete",
        entity: "EvidenceDocument",
        criterionCode: "3.2",
        oldValue: {
          documentNumber: "12/QĐ-UBND",
          documentDate: "2026-02-01",
          pageOrSection: null,
          file: { name: "qd.pdf", sha256: "x" },
        },
      }),
      action: "Xoá",
      subject: "Tài liệu kiểm chứng · tiêu chí 3.2",
      changes: ["Số văn bản: 12/QĐ-UBND", "Ngày văn bản: 01/02/2026", "Tệp đính kèm: qd.pdf"],
    },
    {
      name: "a finding",
      e: entry({
        action: "create",
        entity: "Finding",
        criterionCode: "2.2",
        newValue: {
          inspectionId: 5,
          text: "Chưa niêm yết TTHC",
          criterionCode: "2.2",
          severity: "HIGH",
          requiredAction: "Niêm yết đầy đủ",
          dueDate: "2026-09-30",
        },
      }),
      action: "Tạo",
      subject: "Kết luận kiểm tra · tiêu chí 2.2",
      changes: [
        "Đợt kiểm tra: số 5",
        "Tồn tại, hạn chế: Chưa niêm yết TTHC",
        "Tiêu chí: 2.2",
        "Mức độ: Cao",
        "Yêu cầu khắc phục: Niêm yết đầy đủ",
        "Hạn khắc phục: 30/09/2026",
      ],
    },
    {
      name: "a user's role and unit",
      e: entry({
        action: "update",
        entity: "User",
        oldValue: { role: "UNIT_STAFF", unitId: 4, active: true },
        newValue: { role: "UNIT_HEAD", unitId: 7, active: true },
      }),
      action: "Sửa",
      subject: "Tài khoản",
      changes: ["Vai trò: Cán bộ đầu mối → Thủ trưởng đơn vị", "Đơn vị: Sở Tư pháp → Sở Y tế"],
    },
    {
      name: "a token revoked",
      e: entry({ action: "revoke", entity: "ApiToken", oldValue: { prefix: "cchc_ab12" } }),
      action: "Thu hồi",
      subject: "Mã truy cập API cchc_ab12",
      changes: ["Tiền tố mã: cchc_ab12"],
    },
    {
      name: "a unit imported over",
      e: entry({
        action: "update",
        entity: "Unit",
        oldValue: { name: "Sở Nội vụ", type: "SO", level: "tinh", group: "SO", parentId: null },
        newValue: { name: "Sở Nội vụ tỉnh", type: "SO", level: "tinh", group: "SO", parentCode: null },
      }),
      action: "Sửa",
      subject: "Đơn vị Sở Nội vụ tỉnh",
      changes: ["Tên đơn vị: Sở Nội vụ → Sở Nội vụ tỉnh"],
    },
    {
      name: "a round switched to another criteria set",
      e: entry({
        action: "switch-round",
        entity: "CriteriaSet",
        oldValue: { criteriaSetId: 3 },
        newValue: { criteriaSetId: 5, values: 1200, surveys: 21 },
      }),
      action: "Đổi bộ tiêu chí của đợt",
      subject: "Bộ tiêu chí",
      changes: [
        "Bộ tiêu chí: số 3 → số 5",
        "Giá trị tiêu chí chuyển sang: 1.200",
        "Kết quả điều tra chuyển sang: 21",
      ],
    },
  ])("$name", ({ e, action, subject, changes }) => {
    const d = describeAudit(e, { unitName: (id) => ({ 4: "Sở Tư pháp", 7: "Sở Y tế" })[id] });
    expect(d.action).toBe(action);
    expect(d.subject).toBe(subject);
    expect(d.changes.map(changeText)).toEqual(changes);
  });

  it("a criteria set edited in place names the criteria that changed, not the tree", () => {
    const leaf = (code: string, max: number) => ({
      code,
      name: `Tiêu chí ${code}`,
      max,
      rule: { type: "boolean" },
    });
    const def = (name: string, leaves: object[]) => ({
      name,
      year: 2026,
      group: "SO",
      classification: [{ label: "Tốt", min: 80 }],
      fields: [{ code: "1", name: "Lĩnh vực 1", children: leaves }],
    });
    const d = describeAudit(
      entry({
        action: "update",
        entity: "CriteriaSet",
        oldValue: def("Bộ 2026", [leaf("1.1", 1), leaf("1.2", 2)]),
        newValue: def("Bộ 2026 (sửa)", [leaf("1.1", 1.5), leaf("1.3", 1)]),
      }),
    );
    expect(d.subject).toBe("Bộ tiêu chí Bộ 2026 (sửa)");
    expect(d.changes.map(changeText)).toEqual([
      "Bộ tiêu chí: Bộ 2026 (sửa) (năm 2026, Khối sở, ban, ngành), 2 tiêu chí thành phần",
      "Tên bộ tiêu chí: Bộ 2026 → Bộ 2026 (sửa)",
      "Thêm tiêu chí: 1.3",
      "Bỏ tiêu chí: 1.2",
      "Sửa tiêu chí: 1.1",
    ]);
  });

  it("lists fields in a fixed order, not in the order PostgreSQL's jsonb returns the keys", () => {
    const e = entry({
      action: "appraise",
      entity: "AssessmentValue",
      criterionCode: "3.2",
      oldValue: { comment: null, selfValue: "kip_thoi", notApplicable: false, appraisedValue: null },
      newValue: { comment: "Trễ hạn", notApplicable: false, appraisedValue: "khong_kip_thoi" },
    });
    expect(lines(e)).toEqual([
      "Giá trị tự đánh giá: Kịp thời",
      "Giá trị thẩm định: (trống) → Không kịp thời",
      "Nhận xét: (trống) → Trễ hạn",
    ]);
  });

  it("an unchanged edit has nothing to list", () => {
    expect(
      lines(
        entry({
          action: "update",
          entity: "UnitSubmission",
          oldValue: { comment: "Tốt" },
          newValue: { comment: "Tốt" },
        }),
      ),
    ).toEqual([]);
  });

  it("never shows JSON braces, even for shapes it does not know", () => {
    const text = lines(
      entry({
        action: "frobnicate",
        entity: "Widget",
        oldValue: { someThing: { deepField: 2, list: [{ a: 1 }] } },
        newValue: { someThing: null, flag_name: "x" },
      }),
    ).join("\n");
    expect(text).not.toMatch(/[{}"]/);
    expect(text).toContain("Some thing: Deep field: 2; List: 1 mục → (trống)");
    expect(text).toContain("Flag name: x");
    expect(describeAudit(entry({ action: "frobnicate", entity: "Widget" })).action).toBe("frobnicate");
    expect(lines(entry({ action: "update", entity: "Widget", oldValue: "a", newValue: 3 }))).toEqual([
      "Giá trị: a → 3",
    ]);
  });
});

describe("refused access", () => {
  it("names the permission in Vietnamese and where it was aimed", () => {
    const d = describeAudit(
      entry({
        action: "forbidden",
        entity: "access",
        entityId: "route:/api/tu-danh-gia/gia-tri",
        newValue: { permission: "assessment:write" },
      }),
    );
    expect(d.action).toBe("Truy cập bị từ chối");
    expect(d.subject).toBe("Đường dẫn /api/tu-danh-gia/gia-tri");
    expect(d.changes.map(changeText)).toEqual(["Quyền cần có: nhập tự đánh giá"]);
  });

  it.each([
    ["page:assessment:write", "assessment:write", "Trang web"],
    ["page:unit:SNV", "units:read", "Trang đơn vị SNV"],
    ["page:result:3/STP", "results:read", "Trang kết quả của đơn vị STP, đợt số 3"],
    ["page:remediation-plan:SYT", "remediation:read", "Trang kế hoạch khắc phục của đơn vị SYT"],
    ["action:appraisal:write", "appraisal:write", "Thao tác: thẩm định"],
    ["values:3:12", "assessment:write", "Lưu giá trị tự đánh giá (đợt số 3)"],
    ["evidence:3:12", "assessment:write", "Thêm tài liệu kiểm chứng (đợt số 3)"],
    ["evidence:44", "assessment:write", "Xoá tài liệu kiểm chứng số 44"],
    ["attachment:8", "assessment:read", "Tải tệp kiểm chứng số 8"],
    ["submit:3:12", "assessment:submit", "Nộp hồ sơ tự đánh giá (đợt số 3)"],
    ["something-new", "x:y", "something-new"],
  ])("%s", (target, permission, text) => {
    expect(describeAccess(target, permission)).toBe(text);
  });

  it("keeps an unknown permission as it is", () => {
    expect(
      lines(
        entry({
          action: "forbidden",
          entity: "access",
          entityId: "page:x",
          newValue: { permission: "new:thing" },
        }),
      ),
    ).toEqual(["Quyền cần có: new:thing"]);
  });
});

describe("labels", () => {
  it("every value formatter follows vi-VN", () => {
    expect(valueText("rows", 1234567)).toBe("1.234.567");
    expect(valueText("year", 2026)).toBe("2026");
    expect(valueText("deadline", "2026-11-22")).toBe("22/11/2026");
    expect(valueText("note", "")).toBe("(trống)");
    expect(valueText("selfValue", "giam_tru_nhe")).toBe("Giam tru nhe");
    expect(valueText("memberIds", [3, 5])).toBe("số 3, số 5");
    expect(valueText("file", { name: "a.pdf", size: 2048, sha256: "z" })).toBe("a.pdf (2 KB)");
  });

  it("covers every entity and action the services write", () => {
    for (const k of [
      "AssessmentValue",
      "UnitSubmission",
      "EvidenceDocument",
      "EvaluationRound",
      "ResultSnapshot",
      "SurveyResult",
      "CriteriaSet",
      "CaseRecord",
      "PlanTask",
      "Inspection",
      "Finding",
      "RemediationItem",
      "RemediationReport",
      "Unit",
      "User",
      "ApiToken",
      "access",
    ])
      expect(ENTITY_LABELS[k]).toBeTruthy();
    for (const k of [
      "create",
      "update",
      "delete",
      "appraise",
      "submit",
      "publish",
      "import",
      "forbidden",
      "status",
      "progress",
      "report",
      "revoke",
      "copy",
      "new-version",
      "switch-round",
    ]) {
      expect(ACTION_LABELS[k]).toBeTruthy();
    }
  });

  it("the filter's options keep the entity keys as values, sorted by their Vietnamese names", () => {
    expect(AUDIT_ENTITY_OPTIONS).toContainEqual({ value: "AssessmentValue", label: "Giá trị tiêu chí" });
    const labels = AUDIT_ENTITY_OPTIONS.map((o) => o.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, "vi")));
  });
});
