// The daily scan: notices for deadlines that come or pass with nobody acting (a self-assessment due
// in 3 days or overdue, a remediation item due in 7 days or overdue, a report-back to an inspection
// team due). Each occasion has its key, so a scan run twice, or on several servers, adds nothing.
import { db } from "../db/client";
import { fmtDate } from "../format";
import { roundProgress } from "../assessment/rounds";
import { addDays, dateOfDay } from "../remediation/status";
import { notify, unitPeople, type NoticeDraft } from "./notify";

const OPEN_ITEMS = ["PLANNED", "IN_PROGRESS", "REOPENED"] as const;

/** A notice for the heads (and staff) of a unit, in its own short transaction. */
const tellUnit = (unitId: number, n: NoticeDraft, roles?: ("UNIT_HEAD" | "UNIT_STAFF")[]) =>
  db().$transaction(async (tx) => notify(tx, await unitPeople(tx, [unitId], roles), n));

/** Records the day's deadline notices; `today` is the day in Vietnam (YYYY-MM-DD). Returns how many were new. */
export async function scanDeadlines(today: string): Promise<number> {
  let added = 0;
  const client = db();
  const rounds = await client.evaluationRound.findMany({
    where: { status: "OPEN", selfAssessmentEnd: { not: null, lte: dateOfDay(addDays(today, 3)) } },
    select: { id: true, name: true, year: true, selfAssessmentEnd: true },
  });
  for (const r of rounds) {
    const overdue = r.selfAssessmentEnd! < dateOfDay(today);
    const pending = (await roundProgress(r.id)).filter((u) => u.status !== "SUBMITTED");
    for (const u of pending)
      added += await tellUnit(u.unitId, {
        kind: overdue ? "SELF_ASSESSMENT_OVERDUE" : "SELF_ASSESSMENT_DUE",
        key: `${overdue ? "qua-han-tu-danh-gia" : "han-tu-danh-gia"}:${r.id}:${u.unitId}`,
        text: overdue
          ? `${r.name} (năm ${r.year}): ${u.name} chưa nộp tự đánh giá, hạn là ngày ${fmtDate(r.selfAssessmentEnd)} (đã ${u.filled}/${u.total} tiêu chí)`
          : `${r.name} (năm ${r.year}): hạn nộp tự đánh giá là ngày ${fmtDate(r.selfAssessmentEnd)}; ${u.name} đã ${u.filled}/${u.total} tiêu chí`,
        link: `/tu-danh-gia?dot=${r.id}`,
      });
  }

  const items = await client.remediationItem.findMany({
    where: { status: { in: [...OPEN_ITEMS] }, deadline: { lte: dateOfDay(addDays(today, 7)) } },
    select: {
      id: true,
      problem: true,
      deadline: true,
      plan: { select: { unitId: true, year: true, unit: { select: { code: true } } } },
    },
  });
  for (const i of items) {
    const overdue = i.deadline < dateOfDay(today);
    const day = i.deadline.toISOString().slice(0, 10);
    added += await tellUnit(i.plan.unitId, {
      kind: overdue ? "REMEDIATION_OVERDUE" : "REMEDIATION_DUE",
      key: `${overdue ? "qua-han-khac-phuc" : "han-khac-phuc"}:${i.id}:${day}`,
      text: `${i.problem} — hạn ${fmtDate(i.deadline)}${overdue ? " (đã quá hạn)" : ""}`,
      link: `/khac-phuc/${i.plan.unit.code}?nam=${i.plan.year}`,
    });
  }

  const inspections = await client.inspection.findMany({
    where: { reports: { none: {} }, findings: { some: { dueDate: { lte: dateOfDay(addDays(today, 7)) } } } },
    select: {
      id: true,
      decisionNumber: true,
      visitDate: true,
      unitId: true,
      unit: { select: { code: true } },
    },
  });
  for (const x of inspections)
    added += await tellUnit(
      x.unitId,
      {
        kind: "REPORT_BACK_DUE",
        key: `bao-cao-doan:${x.id}`,
        text: `Báo cáo kết quả khắc phục cho đoàn kiểm tra theo quyết định số ${x.decisionNumber} (kiểm tra ngày ${fmtDate(x.visitDate)})`,
        link: `/khac-phuc/${x.unit.code}`,
      },
      ["UNIT_HEAD"],
    );
  return added;
}
