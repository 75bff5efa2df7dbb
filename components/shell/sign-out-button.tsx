"use client";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/dang-nhap" })}
      className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-100"
    >
      Đăng xuất
    </button>
  );
}
