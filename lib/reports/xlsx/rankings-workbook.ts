// The league table as an XLSX workbook (the same rows and figures as the rankings page).
import type ExcelJS from "exceljs";
import type { RankingData } from "../../queries/reports/rankings";
import { groupLabel } from "../../labels";
import { fmtDate } from "../../format";
import { classificationTone } from "../colour-scale";
import { landscapeWorkbook, titledTable, toneOfIndex, type Column } from "./sheet";

const P = "0.00";

export function rankingsWorkbook(data: RankingData): ExcelJS.Workbook {
  const { wb, ws } = landscapeWorkbook("Xếp hạng");
  const columns: Column[] = [
    { header: "Hạng", width: 7 },
    { header: "Mã đơn vị", width: 12 },
    { header: "Đơn vị", width: 40 },
    { header: "Điểm đạt", width: 10, numFmt: P },
    { header: "Điểm tối đa", width: 10, numFmt: P },
    { header: "Chỉ số CCHC", width: 11, numFmt: P },
    { header: "Xếp loại", width: 12 },
    { header: "Thay đổi chỉ số so với năm trước", width: 14, numFmt: P },
    { header: "Thay đổi thứ hạng (bậc, + là tăng)", width: 14 },
    ...data.fields.map((f) => ({ header: `LV${f.code}. ${f.name}`, width: 16, numFmt: P })),
  ];
  const fieldStart = 9;
  const classCol = 6;
  titledTable(ws, {
    title: `BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${data.year} – ${groupLabel(data.group).toUpperCase()}`,
    subtitle:
      data.kind === "published"
        ? `Kết quả đã công bố ngày ${fmtDate(data.publishedAt)}`
        : "Kết quả tạm tính, chưa công bố",
    columns,
    rows: data.rows.map((r) => [
      r.rank,
      r.code,
      r.name,
      r.achieved,
      r.max,
      r.index,
      r.classification,
      r.indexChange,
      r.rankChange,
      ...data.fields.map((f) => r.fields[f.code] ?? null),
    ]),
    tones: (r, c) =>
      c === classCol
        ? classificationTone(data.rows[r]!.classification, data.bands)
        : c >= fieldStart
          ? toneOfIndex(data.rows[r]!.fields[data.fields[c - fieldStart]!.code] ?? null)
          : null,
    footer: [
      null,
      null,
      "Bình quân khối",
      null,
      null,
      data.average.index,
      null,
      null,
      null,
      ...data.fields.map((f) => data.average.fields[f.code] ?? null),
    ],
  });
  return wb;
}
