import Link from "next/link";

const LINKS = [
  { href: "/ho-so-tthc", label: "Tình hình giải quyết" },
  { href: "/ho-so-tthc/bao-cao", label: "Báo cáo" },
  { href: "/ho-so-tthc/qd766", label: "Chỉ số QĐ 766" },
  { href: "/ho-so-tthc/thu-tuc", label: "Danh mục thủ tục" },
  { href: "/ho-so-tthc/phan-anh", label: "Phản ánh, kiến nghị" },
];

export function CaseNav({ current, canImport }: { current: string; canImport: boolean }) {
  const links = canImport ? [...LINKS, { href: "/ho-so-tthc/nhap", label: "Nhập hồ sơ" }] : LINKS;
  return (
    <nav aria-label="Hồ sơ TTHC" className="no-print mb-4 flex flex-wrap gap-2 text-sm">
      {links.map((l) => (
        <Link
          key={l.href}
          href={l.href}
          aria-current={l.href === current ? "page" : undefined}
          className={`rounded px-3 py-1.5 ${l.href === current ? "bg-brand-700 text-white" : "border border-slate-300 bg-white hover:bg-slate-100"}`}
        >
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
