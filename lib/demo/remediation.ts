// Demo inspections and remediation plans, after the 2022–2023 results are published. Seeds 000 and
// 001 are the story: inspections record shortcomings; units plan fixes for lost points and
// findings; one unit reports back, SO_TTTT (like seed 000's department) does not. Dates of open
// items are relative to today so that the bell shows one overdue item and one due this week.
import { db } from "../db/client";
import { vnDayString } from "../cases/dates";
import { fmt2 } from "../format";
import { unitDeficiencies } from "../remediation/candidates";
import { addDays, dateOfDay, type RemediationStatus } from "../remediation/status";
import type { Severity } from "../inspections/inspection-input";

type FindingDef = { text: string; code: string | null; severity: Severity; action: string; due: string; planned?: boolean };
type InspectionDef = { unit: string; decision: string; decisionDate: string; visit: string; notes: string; findings: FindingDef[] };

const INSPECTIONS: InspectionDef[] = [
  { unit: "SO_LDTBXH", decision: "512/QĐ-UBND", decisionDate: "2023-04-03", visit: "2023-09-20", notes: "Kiểm tra theo Kế hoạch kiểm tra công tác CCHC năm 2023.", findings: [
    { text: "Chưa ban hành Kế hoạch số hóa kết quả giải quyết thủ tục hành chính năm 2023", code: "7.5", severity: "MEDIUM", action: "Ban hành kế hoạch số hóa, phân công bộ phận một cửa thực hiện", due: "2023-12-31", planned: true },
    { text: "Hồ sơ trễ hạn có thư xin lỗi nhưng chưa kịp thời", code: "3.3", severity: "HIGH", action: "Ban hành thư xin lỗi trước ngày hẹn trả ít nhất 01 ngày", due: "2023-11-30", planned: true },
  ] },
  { unit: "SO_TP", decision: "512/QĐ-UBND", decisionDate: "2023-04-03", visit: "2023-10-12", notes: "", findings: [
    { text: "Chưa duy trì đăng tin, bài CCHC trên Trang thông tin điện tử bảo đảm trung bình 4 tin, bài/tháng", code: "1.4", severity: "LOW", action: "Phân công cán bộ phụ trách chuyên mục CCHC, đăng tối thiểu 4 tin, bài/tháng", due: "2024-03-31", planned: true },
  ] },
  { unit: "H_DL", decision: "784/QĐ-UBND", decisionDate: "2024-04-19", visit: "2024-05-10", notes: "Đoàn làm việc với lãnh đạo UBND huyện và các phòng chuyên môn.", findings: [
    { text: "Từ đầu năm đến thời điểm kiểm tra chưa tiếp nhận hồ sơ trực tuyến dù đã tuyên truyền", code: "7.4", severity: "HIGH", action: "Hướng dẫn người dân nộp hồ sơ trực tuyến tại bộ phận một cửa", due: "2024-09-30", planned: true },
  ] },
  { unit: "SO_TTTT", decision: "784/QĐ-UBND", decisionDate: "2024-04-19", visit: "2024-08-14", notes: "Tiếp đoàn có Giám đốc Sở và lãnh đạo các phòng chuyên môn.", findings: [
    { text: "Kế hoạch CCHC chưa đề ra sản phẩm cụ thể, tiến độ thời gian triển khai", code: "1.1", severity: "MEDIUM", action: "Sửa đổi kế hoạch CCHC: nêu sản phẩm và thời hạn của từng nhiệm vụ", due: "2024-10-31", planned: true },
    { text: "Chưa có văn bản chỉ đạo, chấn chỉnh công tác CCHC sau kiểm tra", code: null, severity: "HIGH", action: "Ban hành văn bản chỉ đạo khắc phục sau kiểm tra", due: "2024-09-30", planned: true },
    { text: "Chưa cập nhật đầy đủ kết quả giải quyết phản ánh, kiến nghị vào Sổ tiếp nhận", code: "3.4", severity: "LOW", action: "Cập nhật đầy đủ sổ tiếp nhận, xử lý phản ánh, kiến nghị", due: "2024-12-31" },
  ] },
];

/** Per unit: the statuses of its 2023 items (lost points first, then findings), and who reports. */
const PLANS: { unit: string; statuses: RemediationStatus[]; reported?: boolean }[] = [
  { unit: "SO_TTTT", statuses: ["VERIFIED", "DONE", "IN_PROGRESS", "REOPENED", "PLANNED"] },
  { unit: "SO_LDTBXH", statuses: ["VERIFIED", "VERIFIED", "DONE", "DONE"], reported: true },
  { unit: "SO_TP", statuses: ["VERIFIED", "IN_PROGRESS", "PLANNED"] },
  { unit: "SO_YT", statuses: ["IN_PROGRESS", "PLANNED", "PLANNED"] },
  { unit: "SO_CT", statuses: ["DONE", "IN_PROGRESS", "PLANNED"] },
  { unit: "H_DL", statuses: ["IN_PROGRESS", "PLANNED", "DONE"] },
];

const OWNERS = ["Văn phòng Sở", "Phòng Hành chính - Tổng hợp", "Bộ phận một cửa", "Phó Giám đốc phụ trách CCHC", "Phòng Kế hoạch - Tài chính"];

export async function seedInspectionsAndRemediation(log: (m: string) => void = () => {}) {
  log("Tạo cuộc kiểm tra, kế hoạch khắc phục …");
  const today = vnDayString(new Date());
  const day = (n: number) => dateOfDay(addDays(today, n));
  const at = (n: number) => new Date(Date.parse(`${addDays(today, n)}T02:00:00Z`));
  const [inspector, admin] = await Promise.all([db().user.findUniqueOrThrow({ where: { username: "kiemtra" } }), db().user.findUniqueOrThrow({ where: { username: "admin" } })]);
  const units = new Map((await db().unit.findMany({ where: { code: { in: [...new Set([...INSPECTIONS, ...PLANS].map((x) => x.unit))] } }, select: { id: true, code: true, group: true, users: { select: { id: true }, take: 1 } } })).map((u) => [u.code, u]));

  const findingsOf = new Map<string, { id: number; text: string; code: string | null; action: string }[]>();
  const inspectionOf = new Map<string, number>();
  for (const def of INSPECTIONS) {
    const unit = units.get(def.unit)!;
    const row = await db().inspection.create({
      data: {
        decisionNumber: def.decision, decisionDate: dateOfDay(def.decisionDate), unitId: unit.id, visitDate: dateOfDay(def.visit), teamLead: inspector.name,
        notes: def.notes || null, createdById: admin.id, members: { create: [{ userId: inspector.id, isLead: true }, { userId: admin.id, isLead: false }] },
      },
    });
    inspectionOf.set(def.unit, row.id);
    for (const f of def.findings) {
      const finding = await db().finding.create({ data: { inspectionId: row.id, text: f.text, criterionCode: f.code, severity: f.severity, requiredAction: f.action, dueDate: dateOfDay(f.due) } });
      if (f.planned) findingsOf.set(def.unit, [...(findingsOf.get(def.unit) ?? []), { id: finding.id, text: f.text, code: f.code, action: f.action }]);
    }
  }

  for (const spec of PLANS) {
    const unit = units.get(spec.unit)!;
    const by = unit.users[0]?.id ?? admin.id;
    const findings = findingsOf.get(spec.unit) ?? [];
    const lost = (await unitDeficiencies(unit, 2023)) ?? [];
    const sources = [
      ...lost.slice(0, spec.statuses.length - findings.length).map((d) => ({ source: "DEFICIENCY" as const, findingId: null, criterionCode: d.code, pointsLost: d.lost, problem: `${d.code} ${d.name}: bị trừ ${fmt2(d.lost)} điểm`, action: `Rà soát nguyên nhân bị trừ điểm tiêu chí ${d.code}, ban hành giải pháp khắc phục` })),
      ...findings.map((f) => ({ source: "FINDING" as const, findingId: f.id, criterionCode: f.code, pointsLost: null, problem: f.text, action: f.action })),
    ];
    const plan = await db().remediationPlan.create({
      data: { unitId: unit.id, year: 2023, title: "Kế hoạch khắc phục tồn tại, hạn chế qua kết quả Chỉ số CCHC năm 2023", createdById: by, createdAt: at(-120) },
    });
    for (const [i, s] of sources.entries()) {
      const status = spec.statuses[i]!;
      const overdue = spec.unit === "SO_TTTT" && status === "IN_PROGRESS";
      const deadline = { PLANNED: i === spec.statuses.length - 1 && spec.unit === "SO_TTTT" ? 5 : 45 + i * 10, IN_PROGRESS: overdue ? -12 : 20 + i * 5, DONE: -20, VERIFIED: -60, REOPENED: 15 }[status];
      const item = await db().remediationItem.create({
        data: {
          planId: plan.id, ...s, owner: OWNERS[i % OWNERS.length]!, deadline: day(deadline), status,
          doneAt: status === "DONE" || status === "VERIFIED" ? at(status === "DONE" ? -25 : -70) : null,
          verifiedById: status === "VERIFIED" ? inspector.id : null, verifiedAt: status === "VERIFIED" ? at(-50) : null,
          verificationNote: status === "VERIFIED" ? "Đã kiểm tra văn bản kèm theo" : status === "REOPENED" ? "Văn bản gửi kèm chưa thể hiện kết quả khắc phục; đề nghị bổ sung" : null,
        },
      });
      const notes: [number, string][] = [];
      if (status !== "PLANNED") notes.push([-100, "Bắt đầu thực hiện"], [-90, `Đã giao ${OWNERS[i % OWNERS.length]} chủ trì, xây dựng dự thảo văn bản`]);
      if (status === "DONE" || status === "VERIFIED" || status === "REOPENED") notes.push([status === "DONE" ? -25 : -70, "Báo hoàn thành"]);
      if (status === "VERIFIED") notes.push([-50, "Xác nhận đã khắc phục: Đã kiểm tra văn bản kèm theo"]);
      if (status === "REOPENED") notes.push([-40, "Mở lại: Văn bản gửi kèm chưa thể hiện kết quả khắc phục; đề nghị bổ sung"]);
      for (const [n, note] of notes) {
        await db().remediationUpdate.create({ data: { itemId: item.id, note, createdById: note.startsWith("Xác nhận") || note.startsWith("Mở lại") ? inspector.id : by, createdAt: at(n) } });
      }
    }
    if (spec.reported) {
      const items = await db().remediationItem.findMany({ where: { planId: plan.id }, orderBy: { id: "asc" } });
      await db().remediationReport.create({
        data: {
          planId: plan.id, inspectionId: inspectionOf.get(spec.unit) ?? null, submittedById: by, submittedAt: at(-10),
          summary: "Sở đã ban hành Kế hoạch khắc phục, phân công rõ trách nhiệm từng bộ phận; kết quả khắc phục từng nội dung như sau.",
          itemsReported: items.map((x) => ({ itemId: x.id, problem: x.problem, action: x.action, status: x.status, done: "Đã thực hiện theo kế hoạch", evidence: [] })),
        },
      });
    }
  }
  await seedLastYearPlan(units.get("SO_TTTT")!, inspector.id);
}

/** SO_TTTT's 2022 plan, verified and reported: the effectiveness view compares 2023 with 2022. */
async function seedLastYearPlan(unit: { id: number; code: string; group: string; users: { id: number }[] }, inspectorId: number) {
  const by = unit.users[0]?.id ?? inspectorId;
  const lost = ((await unitDeficiencies(unit, 2022)) ?? []).slice(0, 3);
  const plan = await db().remediationPlan.create({ data: { unitId: unit.id, year: 2022, title: "Kế hoạch khắc phục tồn tại, hạn chế qua kết quả Chỉ số CCHC năm 2022", createdById: by, createdAt: new Date("2023-05-05T02:00:00Z") } });
  for (const [i, d] of lost.entries()) {
    await db().remediationItem.create({
      data: {
        planId: plan.id, source: "DEFICIENCY", criterionCode: d.code, pointsLost: d.lost, problem: `${d.code} ${d.name}: bị trừ ${fmt2(d.lost)} điểm`,
        action: `Khắc phục tiêu chí ${d.code}`, owner: OWNERS[i]!, deadline: dateOfDay("2023-09-30"), status: "VERIFIED",
        doneAt: new Date("2023-09-15T02:00:00Z"), verifiedById: inspectorId, verifiedAt: new Date("2023-10-20T02:00:00Z"), verificationNote: "Đạt yêu cầu",
      },
    });
  }
  const items = await db().remediationItem.findMany({ where: { planId: plan.id }, orderBy: { id: "asc" } });
  await db().remediationReport.create({
    data: {
      planId: plan.id, inspectionId: null, submittedById: by, submittedAt: new Date("2023-10-05T02:00:00Z"), summary: "Báo cáo kết quả khắc phục tồn tại, hạn chế năm 2022.",
      itemsReported: items.map((x) => ({ itemId: x.id, problem: x.problem, action: x.action, status: "DONE", done: "Đã hoàn thành", evidence: [] })),
    },
  });
}
