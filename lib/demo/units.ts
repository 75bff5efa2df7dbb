// The demo province ("tỉnh Sông Lam", invented), before and after the reorganisation of 1/7/2025
// (two-tier local government): 20 departments consolidated into 15, 8 districts dissolved, 40
// communes merged into 15, 6 central agencies unchanged. What changed is stated once here, as the
// rows of a lineage file (`import lineage`), so that the demo is loaded the way a province loads it.
import type { LineageKind } from "../units/lineage";

export type DemoUnit = {
  code: string;
  name: string;
  type: "SO" | "HUYEN" | "XA" | "NGANH_DOC" | "DVSN";
  level: "tinh" | "huyen" | "xa";
  parent?: string;
  group: string;
  validFrom?: string;
  validTo?: string;
};
export type DemoLineage = { from: string; to: string; date: string; kind: LineageKind; share?: number };

/** the reorganisation: the old units' last day and the new units' first day */
export const REFORM_LAST_DAY = "2025-06-30";
export const REFORM_DAY = "2025-07-01";

// validTo: ended on 30/6/2025; validFrom: created on 1/7/2025; the others continue (absorbing units keep their code).
const SO: [string, string, "ended" | "new" | "kept"][] = [
  ["SO_NV", "Sở Nội vụ", "kept"],
  ["SO_TP", "Sở Tư pháp", "kept"],
  ["SO_TC", "Sở Tài chính", "kept"],
  ["SO_KHDT", "Sở Kế hoạch và Đầu tư", "ended"],
  ["SO_XD", "Sở Xây dựng", "kept"],
  ["SO_GTVT", "Sở Giao thông vận tải", "ended"],
  ["SO_TNMT", "Sở Tài nguyên và Môi trường", "ended"],
  ["SO_NNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "ended"],
  ["SO_NNMT", "Sở Nông nghiệp và Môi trường", "new"],
  ["SO_CT", "Sở Công Thương", "kept"],
  ["SO_YT", "Sở Y tế", "kept"],
  ["SO_GDDT", "Sở Giáo dục và Đào tạo", "kept"],
  ["SO_VHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "kept"],
  ["SO_TTTT", "Sở Thông tin và Truyền thông", "ended"],
  ["SO_KHCN", "Sở Khoa học và Công nghệ", "kept"],
  ["SO_LDTBXH", "Sở Lao động - Thương binh và Xã hội", "ended"],
  ["SO_NGV", "Sở Ngoại vụ", "kept"],
  ["TTR", "Thanh tra tỉnh", "kept"],
  ["BQL_KKT", "Ban Quản lý Khu kinh tế", "kept"],
  ["BDT", "Ban Dân tộc", "ended"],
  ["SO_DTTG", "Sở Dân tộc và Tôn giáo", "new"],
  ["VP_UBND", "Văn phòng UBND tỉnh", "kept"],
];

const HUYEN: [string, string, string[]][] = [
  [
    "H_TPSL",
    "UBND thành phố Sông Lam",
    ["Phường Bến Thủy", "Phường Hưng Bình", "Phường Trường Thi", "Xã Nghi Phú", "Xã Hưng Đông"],
  ],
  [
    "H_TXCL",
    "UBND thị xã Cửa Lò",
    ["Phường Nghi Hải", "Phường Thu Thủy", "Xã Nghi Hương", "Xã Nghi Thu", "Phường Nghi Hòa"],
  ],
  [
    "H_DL",
    "UBND huyện Đô Lương",
    ["Thị trấn Đô Lương", "Xã Đà Sơn", "Xã Lạc Sơn", "Xã Thuận Sơn", "Xã Văn Sơn"],
  ],
  [
    "H_NL",
    "UBND huyện Nam Lâm",
    ["Thị trấn Nam Đàn", "Xã Kim Liên", "Xã Hùng Tiến", "Xã Nam Giang", "Xã Xuân Hòa"],
  ],
  [
    "H_TC",
    "UBND huyện Thanh Chương",
    ["Thị trấn Dùng", "Xã Thanh Hưng", "Xã Thanh Liên", "Xã Cát Văn", "Xã Thanh Tùng"],
  ],
  [
    "H_QL",
    "UBND huyện Quỳnh Lưu",
    ["Thị trấn Cầu Giát", "Xã Quỳnh Hồng", "Xã Quỳnh Bá", "Xã Quỳnh Lâm", "Xã Sơn Hải"],
  ],
  [
    "H_YT",
    "UBND huyện Yên Thành",
    ["Thị trấn Yên Thành", "Xã Hợp Thành", "Xã Bảo Thành", "Xã Đức Thành", "Xã Tăng Thành"],
  ],
  [
    "H_CC",
    "UBND huyện Con Cuông",
    ["Thị trấn Trà Lân", "Xã Bồng Khê", "Xã Chi Khê", "Xã Môn Sơn", "Xã Lục Dạ"],
  ],
];

/**
 * The communes and wards from 1/7/2025 and the old communes (X_ + district number + commune number)
 * each is formed of. X_035 (Văn Sơn) is divided between Đô Lương and Bạch Ngọc; X_084 (Môn Sơn, a
 * large mountain commune) is not merged, only given its new code (doi_ten).
 */
const NEW_COMMUNES: [string, string, string[]][] = [
  ["P_SONGLAM", "UBND phường Sông Lam", ["X_011", "X_012", "X_013"]],
  ["P_VINHPHU", "UBND phường Vinh Phú", ["X_014", "X_015", "X_024"]],
  ["P_CUALO", "UBND phường Cửa Lò", ["X_021", "X_022", "X_023", "X_025"]],
  ["XA_DOLUONG", "UBND xã Đô Lương", ["X_031", "X_032", "X_034"]],
  ["XA_BACHNGOC", "UBND xã Bạch Ngọc", ["X_033"]],
  ["XA_NAMDAN", "UBND xã Nam Đàn", ["X_041", "X_043", "X_044"]],
  ["XA_KIMLIEN", "UBND xã Kim Liên", ["X_042", "X_045"]],
  ["XA_THANHCHUONG", "UBND xã Thanh Chương", ["X_051", "X_052", "X_053"]],
  ["XA_CATNGAN", "UBND xã Cát Ngạn", ["X_054", "X_055"]],
  ["XA_QUYNHLUU", "UBND xã Quỳnh Lưu", ["X_061", "X_062", "X_063"]],
  ["XA_QUYNHPHU", "UBND xã Quỳnh Phú", ["X_064", "X_065"]],
  ["XA_YENTHANH", "UBND xã Yên Thành", ["X_071", "X_072", "X_073"]],
  ["XA_VANTU", "UBND xã Vân Tụ", ["X_074", "X_075"]],
  ["XA_CONCUONG", "UBND xã Con Cuông", ["X_081", "X_082", "X_083", "X_085"]],
  ["XA_MONSON", "UBND xã Môn Sơn", []],
];

const NGANH_DOC: [string, string][] = [
  ["ND_THUE", "Cục Thuế tỉnh"],
  ["ND_HQ", "Cục Hải quan tỉnh"],
  ["ND_KB", "Kho bạc Nhà nước tỉnh"],
  ["ND_BHXH", "Bảo hiểm xã hội tỉnh"],
  ["ND_CA", "Công an tỉnh"],
  ["ND_NHNN", "Ngân hàng Nhà nước chi nhánh tỉnh"],
];

const communeCode = (district: number, commune: number) => `X_${String(district).padStart(2, "0")}${commune}`;

export function demoUnits(): DemoUnit[] {
  const units: DemoUnit[] = SO.map(([code, name, fate]) => ({
    code,
    name,
    type: "SO",
    level: "tinh",
    group: "SO",
    ...(fate === "ended" ? { validTo: REFORM_LAST_DAY } : fate === "new" ? { validFrom: REFORM_DAY } : {}),
  }));
  HUYEN.forEach(([code, name, communes], i) => {
    units.push({ code, name, type: "HUYEN", level: "huyen", group: "HUYEN", validTo: REFORM_LAST_DAY });
    communes.forEach((c, j) => {
      units.push({
        code: communeCode(i + 1, j + 1),
        name: `UBND ${c.charAt(0).toLowerCase()}${c.slice(1)}`,
        type: "XA",
        level: "xa",
        parent: code,
        group: "XA",
        validTo: REFORM_LAST_DAY,
      });
    });
  });
  for (const [code, name] of NEW_COMMUNES)
    units.push({ code, name, type: "XA", level: "xa", group: "XA", validFrom: REFORM_DAY });
  for (const [code, name] of NGANH_DOC)
    units.push({ code, name, type: "NGANH_DOC", level: "tinh", group: "NGANH_DOC" });
  return units;
}

/** The lineage file of the reorganisation, in the order a province would write it. */
export function demoLineage(): DemoLineage[] {
  const d = REFORM_DAY;
  const rows: DemoLineage[] = [
    { from: "SO_KHDT", to: "SO_TC", date: d, kind: "sap_nhap" },
    { from: "SO_GTVT", to: "SO_XD", date: d, kind: "sap_nhap" },
    { from: "SO_TNMT", to: "SO_NNMT", date: d, kind: "sap_nhap" },
    { from: "SO_NNPTNT", to: "SO_NNMT", date: d, kind: "sap_nhap" },
    { from: "SO_TTTT", to: "SO_KHCN", date: d, kind: "sap_nhap" },
    // labour, employment and meritorious people to Home Affairs; social protection and children to Health
    { from: "SO_LDTBXH", to: "SO_NV", date: d, kind: "chia_tach", share: 0.6 },
    { from: "SO_LDTBXH", to: "SO_YT", date: d, kind: "chia_tach", share: 0.4 },
    // the Ethnic Committee becomes the department and receives religious affairs from Home Affairs
    { from: "BDT", to: "SO_DTTG", date: d, kind: "doi_ten" },
    { from: "SO_NV", to: "SO_DTTG", date: d, kind: "dieu_chinh", share: 0.1 },
  ];
  for (const [to, , olds] of NEW_COMMUNES)
    for (const from of olds) rows.push({ from, to, date: d, kind: "sap_nhap" });
  rows.push(
    { from: "X_035", to: "XA_DOLUONG", date: d, kind: "chia_tach", share: 0.6 },
    { from: "X_035", to: "XA_BACHNGOC", date: d, kind: "chia_tach", share: 0.4 },
    { from: "X_084", to: "XA_MONSON", date: d, kind: "doi_ten" },
    // a boundary adjustment after the merger: a village of Môn Sơn moves to Con Cuông, Môn Sơn continues
    { from: "XA_MONSON", to: "XA_CONCUONG", date: "2026-01-01", kind: "dieu_chinh", share: 0.15 },
  );
  return rows;
}
