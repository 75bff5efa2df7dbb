import Link from "next/link";

const TABS = [
  { href: "/khac-phuc", label: "Tình hình theo đơn vị" },
  { href: "/khac-phuc/qua-han", label: "Mục quá hạn" },
  { href: "/khac-phuc/hieu-qua", label: "Hiệu quả khắc phục" },
  { href: "/khac-phuc/thong-bao", label: "Thông báo" },
];

export function FollowUpTabs({ current, year }: { current: string; year?: number }) {
  return (
    <nav
      aria-label="Theo dõi khắc phục"
      className="no-print mb-4 flex gap-1 overflow-x-auto border-b border-slate-200 text-sm"
    >
      {TABS.map((t) => (
        <Link
          key={t.href}
          href={
            year && t.href !== "/khac-phuc/thong-bao" && t.href !== "/khac-phuc/qua-han"
              ? `${t.href}?nam=${year}`
              : t.href
          }
          aria-current={t.href === current ? "page" : undefined}
          className={`whitespace-nowrap border-b-2 px-3 py-2 ${t.href === current ? "border-brand-700 font-medium text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
