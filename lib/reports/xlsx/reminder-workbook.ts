// Units of a round that have not submitted their self-assessment, with how far each has come and
// who to call (the unit's head and staff accounts), as an XLSX to work through when reminding.
import type ExcelJS from "exceljs";
import { groupLabel, submissionStatusLabel } from "../../labels";
import { fmtDate } from "../../format";
import { landscapeWorkbook, titledTable, type Column } from "./sheet";

export type ReminderRow = {
  code: string;
  name: string;
  status: "DRAFT" | "SUBMITTED" | null;
  filled: number;
  total: number;
  heads: string[];
  staff: string[];
};
export type ReminderList = {
  round: { year: number; group: string; name: string; selfAssessmentEnd: Date | null };
  rows: ReminderRow[];
  at: Date;
};

export function reminderWorkbook(list: ReminderList): ExcelJS.Workbook {
  const { wb, ws } = landscapeWorkbook("Chưa nộp");
  const columns: Column[] = [
    { header: "Mã đơn vị", width: 12 },
    { header: "Đơn vị", width: 40 },
    { header: "Trạng thái", width: 14 },
    { header: "Tiêu chí đã nhập", width: 10 },
    { header: "Số tiêu chí", width: 10 },
    { header: "Tỷ lệ đã nhập (%)", width: 10, numFmt: "0" },
    { header: "Thủ trưởng đơn vị", width: 28 },
    { header: "Cán bộ đầu mối", width: 28 },
  ];
  const r = list.round;
  titledTable(ws, {
    title: `Đơn vị chưa nộp tự đánh giá — ${r.name}`,
    subtitle: `${groupLabel(r.group)} · năm ${r.year}${r.selfAssessmentEnd ? ` · hạn nộp: hết ngày ${fmtDate(r.selfAssessmentEnd)}` : ""} · lập ngày ${fmtDate(list.at)} · ${list.rows.length} đơn vị`,
    columns,
    rows: list.rows.map((u) => [
      u.code,
      u.name,
      submissionStatusLabel(u.status),
      u.filled,
      u.total,
      u.total ? Math.round((u.filled / u.total) * 100) : 0,
      u.heads.join(", ") || "(chưa có tài khoản)",
      u.staff.join(", ") || "(chưa có tài khoản)",
    ]),
  });
  return wb;
}
