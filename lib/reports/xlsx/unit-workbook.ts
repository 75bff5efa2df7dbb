// A unit's detail as an XLSX workbook: summary, fields against the group, points lost, history, fixes.
import ExcelJS from "exceljs";
import type { UnitProfileData } from "../../queries/reports/unit-profile";
import { groupLabel } from "../../labels";
import { round2 } from "../../scoring";
import { titledTable, toneOfIndex } from "./sheet";

const P = "0.00";

export function unitWorkbook(p: UnitProfileData): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Chỉ số CCHC";
  const c = p.current;
  const year = c ? `năm ${c.year}${c.kind === "live" ? " (tạm tính)" : ""}` : "";
  const title = (what: string) => `${what} – ${p.unit.name.toUpperCase()} ${year.toUpperCase()}`.trim();

  titledTable(wb.addWorksheet("Tổng hợp"), {
    title: title("KẾT QUẢ CHỈ SỐ CCHC"),
    subtitle: c?.summary ?? "Chưa có kết quả.",
    columns: [
      { header: "Nội dung", width: 44 },
      { header: "Giá trị", width: 16, numFmt: P },
    ],
    rows: c
      ? [
          ["Đơn vị", p.unit.name],
          ["Khối", groupLabel(p.unit.group)],
          ["Năm", c.year],
          ["Điểm đạt", c.achieved],
          ["Điểm tối đa", c.max],
          ["Chỉ số CCHC", c.index],
          ["Thứ hạng", c.rank],
          ["Số đơn vị trong khối", c.groupSize],
          ["Xếp loại", c.classification],
          ["Bình quân khối", c.groupAverageIndex],
          ["Thay đổi chỉ số so với năm trước", c.indexChange],
          ["Thay đổi thứ hạng (bậc, + là tăng)", c.rankChange],
          ["Kết quả", c.kind === "published" ? "Đã công bố" : "Tạm tính"],
        ]
      : [],
  });

  const fields = c?.fields ?? [];
  titledTable(wb.addWorksheet("Lĩnh vực"), {
    title: title("CHỈ SỐ THÀNH PHẦN THEO LĨNH VỰC"),
    columns: [
      { header: "Mã", width: 6 },
      { header: "Lĩnh vực", width: 50 },
      { header: "Điểm đạt", width: 10, numFmt: P },
      { header: "Điểm tối đa", width: 10, numFmt: P },
      { header: "Chỉ số thành phần", width: 12, numFmt: P },
      { header: "Bình quân khối", width: 12, numFmt: P },
      { header: "Thay đổi chỉ số thành phần so với năm trước", width: 16, numFmt: P },
      { header: "Thay đổi điểm so với năm trước", width: 14, numFmt: P },
    ],
    rows: fields.map((f) => [
      f.code,
      f.name,
      f.achieved,
      f.max,
      f.index,
      f.groupAverage,
      f.indexChange,
      f.pointsChange,
    ]),
    tones: (r, col) => (col === 4 ? toneOfIndex(fields[r]!.index) : null),
  });

  titledTable(wb.addWorksheet("Điểm bị mất"), {
    title: title("CÁC TIÊU CHÍ BỊ MẤT ĐIỂM"),
    subtitle: "Xếp theo số điểm bị mất, nhiều nhất trước",
    columns: [
      { header: "Mã tiêu chí", width: 10 },
      { header: "Tiêu chí", width: 60 },
      { header: "Điểm bị mất", width: 12, numFmt: P },
    ],
    rows: (c?.deficiencies ?? []).map((d) => [d.code, d.name, round2(d.lost)]),
  });

  titledTable(wb.addWorksheet("Theo năm"), {
    title: title("CHỈ SỐ VÀ THỨ HẠNG QUA CÁC NĂM").replace(` ${year.toUpperCase()}`, ""),
    columns: [
      { header: "Năm", width: 8 },
      { header: "Chỉ số CCHC", width: 12, numFmt: P },
      { header: "Thứ hạng", width: 10 },
      { header: "Số đơn vị trong khối", width: 12 },
      { header: "Xếp loại", width: 12 },
      { header: "Kết quả", width: 12 },
    ],
    rows: p.history.map((h) => [
      h.year,
      h.index,
      h.rank,
      h.groupSize,
      h.classification,
      h.provisional ? "Tạm tính" : "Đã công bố",
    ]),
  });

  titledTable(wb.addWorksheet("Khắc phục ưu tiên"), {
    title: title("TIÊU CHÍ NÊN KHẮC PHỤC TRƯỚC"),
    subtitle: "Chỉ số và thứ hạng nếu tiêu chí đạt điểm tối đa, các đơn vị khác giữ nguyên",
    columns: [
      { header: "Mã tiêu chí", width: 10 },
      { header: "Tiêu chí", width: 56 },
      { header: "Điểm bị mất", width: 11, numFmt: P },
      { header: "Chỉ số mới", width: 11, numFmt: P },
      { header: "Tăng chỉ số", width: 11, numFmt: P },
      { header: "Thứ hạng mới", width: 11 },
      { header: "Tăng bậc", width: 9 },
    ],
    rows: (c?.fixes ?? []).map((f) => [
      f.code,
      f.name,
      round2(f.lost),
      round2(f.newIndex),
      round2(f.indexGain),
      f.newRank,
      f.rankGain,
    ]),
  });
  return wb;
}
