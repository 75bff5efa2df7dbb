// Case figures by unit and level either under the unit that recorded each case, or under the unit
// that succeeds it today (after the 2025 reorganisation: merged communes, consolidated departments).
import Link from "next/link";

export function StructureChoice({ year, today, view }: { year: number; today: boolean; view?: string }) {
  const xem = view ? `&xem=${view}` : "";
  const tab = (active: boolean) =>
    `rounded-md px-3 py-1.5 text-sm ${active ? "bg-brand-700 text-white" : "border border-slate-300 bg-white text-brand-700 underline"}`;
  return (
    <nav aria-label="Tính số liệu theo đơn vị" className="mt-6 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-600">Số liệu theo cấp và đơn vị tính theo:</span>
      <Link
        className={tab(!today)}
        aria-current={!today ? "page" : undefined}
        href={`/ho-so-tthc?nam=${year}${xem}`}
      >
        đơn vị tiếp nhận hồ sơ
      </Link>
      <Link
        className={tab(today)}
        aria-current={today ? "page" : undefined}
        href={`/ho-so-tthc?nam=${year}&theo=hien-nay${xem}`}
      >
        đơn vị hiện nay (sau sắp xếp)
      </Link>
    </nav>
  );
}
