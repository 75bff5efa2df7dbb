// The national indices a province is ranked on, and their fields (components). Pure.
// PAR INDEX fields: QĐ 876/QĐ-BNV (2022–2030), the eight fields of domain/README.md; their maximum
// points change with the year's methodology, so they are entered with each result. SIPAS components:
// the five elements of the satisfaction survey (percentages). QĐ 766: its five groups and maximums.
import { QD766_GROUPS } from "../cases/qd766";

export type NationalField = {
  code: string;
  name: string;
  /** fixed maximum; null = entered with each result */ max: number | null;
};
export type NationalIndexInfo = {
  key: NationalIndexKey;
  label: string;
  short: string;
  unit: string;
  max: number;
  fields: NationalField[];
};

export const NATIONAL_INDEX_KEYS = ["PAR_INDEX", "SIPAS", "QD766", "PAPI", "PCI"] as const;
export type NationalIndexKey = (typeof NATIONAL_INDEX_KEYS)[number];

export const NATIONAL_INDICES: Record<NationalIndexKey, NationalIndexInfo> = {
  PAR_INDEX: {
    key: "PAR_INDEX",
    short: "PAR INDEX",
    label: "Chỉ số cải cách hành chính (PAR INDEX)",
    unit: "%",
    max: 100,
    fields: [
      ["1", "Công tác chỉ đạo, điều hành CCHC"],
      ["2", "Cải cách thể chế"],
      ["3", "Cải cách thủ tục hành chính"],
      ["4", "Cải cách tổ chức bộ máy hành chính"],
      ["5", "Cải cách chế độ công vụ"],
      ["6", "Cải cách tài chính công"],
      ["7", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số"],
      ["8", "Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH"],
    ].map(([code, name]) => ({ code: code!, name: name!, max: null })),
  },
  SIPAS: {
    key: "SIPAS",
    short: "SIPAS",
    label: "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)",
    unit: "%",
    max: 100,
    fields: [
      ["1", "Tiếp cận dịch vụ"],
      ["2", "Thủ tục hành chính"],
      ["3", "Công chức trực tiếp giải quyết công việc"],
      ["4", "Kết quả giải quyết thủ tục hành chính"],
      ["5", "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị"],
    ].map(([code, name]) => ({ code: code!, name: name!, max: 100 })),
  },
  QD766: {
    key: "QD766",
    short: "QĐ 766",
    label: "Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg)",
    unit: "điểm",
    max: 100,
    fields: QD766_GROUPS.map((g) => ({ code: g.column, name: g.label, max: g.max })),
  },
  PAPI: {
    key: "PAPI",
    short: "PAPI",
    label: "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)",
    unit: "điểm",
    max: 80,
    fields: [],
  },
  PCI: {
    key: "PCI",
    short: "PCI",
    label: "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)",
    unit: "điểm",
    max: 100,
    fields: [],
  },
};

export const isNationalIndex = (v: unknown): v is NationalIndexKey =>
  typeof v === "string" && (NATIONAL_INDEX_KEYS as readonly string[]).includes(v);
export const fieldName = (index: string, code: string) =>
  (isNationalIndex(index) ? NATIONAL_INDICES[index].fields.find((f) => f.code === code)?.name : undefined) ??
  `Lĩnh vực ${code}`;
