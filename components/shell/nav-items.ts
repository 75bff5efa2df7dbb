import type { Permission } from "@/lib/auth/permissions";

export type NavItem = { href: string; label: string; permission: Permission };

export const NAV_ITEMS: NavItem[] = [
  { href: "/tong-quan", label: "Tổng quan", permission: "overview:read" },
  { href: "/xep-hang", label: "Xếp hạng", permission: "rankings:read" },
  { href: "/ket-qua", label: "Kết quả", permission: "results:read" },
  { href: "/don-vi", label: "Đơn vị", permission: "units:read" },
  { href: "/dot-danh-gia", label: "Đợt đánh giá", permission: "rounds:manage" },
  { href: "/tieu-chi", label: "Bộ tiêu chí", permission: "criteria:read" },
  { href: "/tu-danh-gia", label: "Tự đánh giá", permission: "assessment:write" },
  { href: "/tham-dinh", label: "Thẩm định", permission: "appraisal:write" },
  { href: "/ho-so-tthc", label: "Hồ sơ TTHC", permission: "cases:read" },
  { href: "/ke-hoach", label: "Kế hoạch CCHC", permission: "plan:read" },
  { href: "/chi-so-quoc-gia", label: "Chỉ số quốc gia", permission: "national:read" },
  { href: "/kiem-tra", label: "Kiểm tra", permission: "inspections:read" },
  { href: "/khac-phuc", label: "Khắc phục", permission: "remediation:read" },
  { href: "/quan-tri", label: "Quản trị", permission: "users:manage" },
];
