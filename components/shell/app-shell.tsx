import Link from "next/link";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { issuerOf } from "@/lib/reports/issuer";
import { NAV_ITEMS } from "./nav-items";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

export function AppShell({
  user,
  children,
  bell,
}: {
  user: CurrentUser;
  children: React.ReactNode;
  bell?: React.ReactNode;
}) {
  const items = NAV_ITEMS.filter((i) => can(user, i.permission)).map(({ href, label }) => ({ href, label }));
  return (
    <div className="min-h-screen md:flex">
      <header className="no-print border-b border-slate-200 bg-brand-800 text-white md:min-h-screen md:w-60 md:shrink-0 md:border-b-0">
        <div className="flex items-center justify-between gap-2 px-4 py-3">
          <Link href="/tong-quan" className="font-semibold leading-tight">
            Chỉ số CCHC
            <span className="block text-xs font-normal text-blue-100">
              Sở Nội vụ {issuerOf(env.CCHC_PROVINCE).province ?? "tỉnh"}
            </span>
          </Link>
          <div className="flex items-center gap-2 md:hidden">{bell}</div>
        </div>
        <details className="group md:hidden">
          <summary className="cursor-pointer list-none px-4 pb-3 text-sm text-blue-100">☰ Danh mục</summary>
          <NavLinks items={items} />
        </details>
        <div className="hidden md:block">
          <NavLinks items={items} />
        </div>
      </header>
      <div className="min-w-0 flex-1">
        <div className="no-print flex flex-wrap items-center justify-end gap-3 border-b border-slate-200 bg-white px-4 py-2 text-sm">
          <div className="hidden md:block">{bell}</div>
          <span data-testid="current-user">
            <strong>{user.name}</strong> · {ROLE_LABELS[user.role]}
            {user.unitName ? ` · ${user.unitName}` : ""}
          </span>
          <Link href="/tai-khoan/thong-bao" className="text-brand-700 underline">
            Thông báo
          </Link>
          <SignOutButton />
        </div>
        <main className="mx-auto max-w-7xl p-4 md:p-6">{children}</main>
      </div>
    </div>
  );
}
