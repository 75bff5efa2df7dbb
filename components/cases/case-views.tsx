// The case dashboard's views as tabs (?xem=): each view loads and renders only what it shows, so
// the long page of every table at once is now four short ones. Other parameters are kept.
import Link from "next/link";
import { CASE_VIEWS, type CaseView } from "@/lib/queries/cases/dashboard";

export function CaseViews({ current, keep }: { current: CaseView; keep: Record<string, string> }) {
  return (
    <nav
      aria-label="Xem số liệu hồ sơ"
      className="no-print mt-6 flex flex-wrap gap-2 border-b border-slate-200"
    >
      {Object.entries(CASE_VIEWS).map(([view, label]) => (
        <Link
          key={view}
          href={`?${new URLSearchParams({ ...keep, ...(view === "tong-hop" ? {} : { xem: view }) }).toString()}`}
          aria-current={view === current ? "page" : undefined}
          className={`-mb-px rounded-t-md border px-3 py-1.5 text-sm ${view === current ? "border-slate-200 border-b-white bg-white font-semibold text-brand-800" : "border-transparent text-brand-700 underline hover:bg-slate-100"}`}
        >
          {label}
        </Link>
      ))}
    </nav>
  );
}
