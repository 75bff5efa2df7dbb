// The shell's bell: remediation items due within 7 days, overdue, and awaiting verification, for
// the units the user may see. Opens the notifications page.
import { cache } from "react";
import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/session";
import { scopedUnitIds } from "@/lib/queries/scope";
import { bellCounts } from "@/lib/remediation/bell";
import { vnDayString } from "@/lib/cases/dates";
import { fmtInt } from "@/lib/format";

// The shell renders the bell twice (phone header, desktop bar): count once per request.
const countsFor = cache((role: CurrentUser["role"], unitId: number | null) =>
  bellCounts(scopedUnitIds({ id: 0, role, unitId }, "remediation:read"), vnDayString(new Date())),
);

export async function RemediationBell({ user }: { user: CurrentUser }) {
  const c = await countsFor(user.role, user.unitId);
  const total = c.dueSoon + c.overdue + c.awaitingVerification;
  const label = `Thông báo khắc phục: ${c.dueSoon} sắp đến hạn, ${c.overdue} quá hạn, ${c.awaitingVerification} chờ xác nhận`;
  return (
    // The link's name is its text (the counts; hidden from sight on narrow screens, not from readers).
    <Link
      href="/khac-phuc/thong-bao"
      title={label}
      data-testid="bell"
      className="inline-flex items-center gap-3 rounded px-2 py-1 text-sm hover:bg-slate-100 max-md:text-white max-md:hover:bg-brand-700"
    >
      <span className="sr-only">Thông báo khắc phục: </span>
      <span className="relative" aria-hidden="true">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="h-5 w-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {total ? (
          <span
            className={`num absolute -right-2.5 -top-2 min-w-5 rounded-full px-1 text-center text-xs font-semibold leading-5 text-white ${c.overdue ? "bg-red-600" : "bg-amber-600"}`}
          >
            {fmtInt(total)}
          </span>
        ) : null}
      </span>
      <span className="sr-only text-xs text-slate-600 lg:not-sr-only lg:ml-1">
        <span className="num">{fmtInt(c.dueSoon)}</span> sắp đến hạn ·{" "}
        <span className={`num ${c.overdue ? "font-semibold text-red-700" : ""}`}>{fmtInt(c.overdue)}</span>{" "}
        quá hạn · <span className="num">{fmtInt(c.awaitingVerification)}</span> chờ xác nhận
      </span>
    </Link>
  );
}
