import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { SignInForm } from "@/components/auth/sign-in-form";
import { ssoEnabled } from "@/lib/auth/sso";
import { ssoEnv } from "@/lib/env";

export const metadata: Metadata = { title: "Đăng nhập" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  if (await currentUser()) redirect("/tong-quan");
  const { error } = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <p className="text-sm font-medium uppercase tracking-wide text-brand-700">Sở Nội vụ</p>
        <h1 className="mt-1 text-2xl font-semibold">Đăng nhập</h1>
        <p className="mt-1 text-sm text-slate-600">Hệ thống theo dõi, đánh giá Chỉ số cải cách hành chính</p>
        <SignInForm sso={ssoEnabled() ? ssoEnv().name : null} error={error ?? null} />
      </div>
    </main>
  );
}
