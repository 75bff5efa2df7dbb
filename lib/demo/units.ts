// The demo province ("tỉnh Sông Lam", invented): departments, districts (until 1/7/2025),
// communes and central agencies, with plausible Vietnamese names.
export type DemoUnit = {
  code: string; name: string; type: "SO" | "HUYEN" | "XA" | "NGANH_DOC" | "DVSN";
  level: "tinh" | "huyen" | "xa"; parent?: string; group: string; validTo?: string;
};

const SO: [string, string][] = [
  ["SO_NV", "Sở Nội vụ"], ["SO_TP", "Sở Tư pháp"], ["SO_TC", "Sở Tài chính"], ["SO_KHDT", "Sở Kế hoạch và Đầu tư"],
  ["SO_XD", "Sở Xây dựng"], ["SO_GTVT", "Sở Giao thông vận tải"], ["SO_TNMT", "Sở Tài nguyên và Môi trường"],
  ["SO_NNPTNT", "Sở Nông nghiệp và Phát triển nông thôn"], ["SO_CT", "Sở Công Thương"], ["SO_YT", "Sở Y tế"],
  ["SO_GDDT", "Sở Giáo dục và Đào tạo"], ["SO_VHTTDL", "Sở Văn hóa, Thể thao và Du lịch"],
  ["SO_TTTT", "Sở Thông tin và Truyền thông"], ["SO_KHCN", "Sở Khoa học và Công nghệ"],
  ["SO_LDTBXH", "Sở Lao động - Thương binh và Xã hội"], ["SO_NGV", "Sở Ngoại vụ"], ["TTR", "Thanh tra tỉnh"],
  ["BQL_KKT", "Ban Quản lý Khu kinh tế"], ["BDT", "Ban Dân tộc"], ["VP_UBND", "Văn phòng UBND tỉnh"],
];

const HUYEN: [string, string, string[]][] = [
  ["H_TPSL", "UBND thành phố Sông Lam", ["Phường Bến Thủy", "Phường Hưng Bình", "Phường Trường Thi", "Xã Nghi Phú", "Xã Hưng Đông"]],
  ["H_TXCL", "UBND thị xã Cửa Lò", ["Phường Nghi Hải", "Phường Thu Thủy", "Xã Nghi Hương", "Xã Nghi Thu", "Phường Nghi Hòa"]],
  ["H_DL", "UBND huyện Đô Lương", ["Thị trấn Đô Lương", "Xã Đà Sơn", "Xã Lạc Sơn", "Xã Thuận Sơn", "Xã Văn Sơn"]],
  ["H_NL", "UBND huyện Nam Lâm", ["Thị trấn Nam Đàn", "Xã Kim Liên", "Xã Hùng Tiến", "Xã Nam Giang", "Xã Xuân Hòa"]],
  ["H_TC", "UBND huyện Thanh Chương", ["Thị trấn Dùng", "Xã Thanh Hưng", "Xã Thanh Liên", "Xã Cát Văn", "Xã Thanh Tùng"]],
  ["H_QL", "UBND huyện Quỳnh Lưu", ["Thị trấn Cầu Giát", "Xã Quỳnh Hồng", "Xã Quỳnh Bá", "Xã Quỳnh Lâm", "Xã Sơn Hải"]],
  ["H_YT", "UBND huyện Yên Thành", ["Thị trấn Yên Thành", "Xã Hợp Thành", "Xã Bảo Thành", "Xã Đức Thành", "Xã Tăng Thành"]],
  ["H_CC", "UBND huyện Con Cuông", ["Thị trấn Trà Lân", "Xã Bồng Khê", "Xã Chi Khê", "Xã Môn Sơn", "Xã Lục Dạ"]],
];

const NGANH_DOC: [string, string][] = [
  ["ND_THUE", "Cục Thuế tỉnh"], ["ND_HQ", "Cục Hải quan tỉnh"], ["ND_KB", "Kho bạc Nhà nước tỉnh"],
  ["ND_BHXH", "Bảo hiểm xã hội tỉnh"], ["ND_CA", "Công an tỉnh"], ["ND_NHNN", "Ngân hàng Nhà nước chi nhánh tỉnh"],
];

export function demoUnits(): DemoUnit[] {
  const units: DemoUnit[] = SO.map(([code, name]) => ({ code, name, type: "SO", level: "tinh", group: "SO" }));
  HUYEN.forEach(([code, name, communes], i) => {
    units.push({ code, name, type: "HUYEN", level: "huyen", group: "HUYEN", validTo: "2025-06-30" });
    communes.forEach((c, j) => {
      units.push({ code: `X_${String(i + 1).padStart(2, "0")}${j + 1}`, name: `UBND ${c.charAt(0).toLowerCase()}${c.slice(1)}`, type: "XA", level: "xa", parent: code, group: "XA" });
    });
  });
  for (const [code, name] of NGANH_DOC) units.push({ code, name, type: "NGANH_DOC", level: "tinh", group: "NGANH_DOC" });
  return units;
}
