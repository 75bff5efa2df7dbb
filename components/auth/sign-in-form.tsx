"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";

const MESSAGES: Record<string, string> = {
  CredentialsSignin: "Tên đăng nhập hoặc mật khẩu không đúng.",
  TOO_MANY_ATTEMPTS: "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
  SsoNoAccount:
    "Tài khoản đăng nhập một lần chưa được gắn với tài khoản nào đang hoạt động trong phần mềm (theo tên đăng nhập hoặc e-mail). Hãy liên hệ Sở Nội vụ, hoặc đăng nhập bằng mật khẩu.",
  OAuthSignin: "Không kết nối được máy chủ đăng nhập một lần. Hãy đăng nhập bằng mật khẩu.",
  OAuthCallback: "Máy chủ đăng nhập một lần trả lời không hợp lệ. Hãy thử lại hoặc đăng nhập bằng mật khẩu.",
  AccessDenied: "Không được phép đăng nhập.",
};
const message = (code: string | null) =>
  code ? (MESSAGES[code] ?? "Không đăng nhập được. Vui lòng thử lại.") : null;

/** `sso`: the name of the province's single sign-on, when configured; `error`: a code sent back to this page. */
export function SignInForm({
  sso = null,
  error: sent = null,
}: {
  sso?: string | null;
  error?: string | null;
}) {
  const [error, setError] = useState<string | null>(message(sent));
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(e.currentTarget);
    const res = await signIn("credentials", {
      username: String(form.get("username") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
      // not this page's address: after a refused SSO it carries ?error=…, which signIn would report back
      callbackUrl: "/tong-quan",
    });
    if (res?.ok && !res.error) {
      // A full load, so that the layout and every server component read the new session cookie.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign("/tong-quan");
      return;
    }
    setPending(false);
    setError(message(res?.error ?? "?"));
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      <div>
        <label htmlFor="username" className="block text-sm font-medium">
          Tên đăng nhập
        </label>
        <input
          id="username"
          name="username"
          autoComplete="username"
          required
          className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          Mật khẩu
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
        />
      </div>
      <p role="alert" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {error}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? "Đang đăng nhập…" : "Đăng nhập"}
      </button>
      {sso ? (
        <>
          <p className="text-center text-xs text-slate-500">hoặc</p>
          <button
            type="button"
            onClick={() => void signIn("sso", { callbackUrl: "/tong-quan" })}
            className="w-full rounded border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
          >
            Dùng tài khoản {sso} (SSO)
          </button>
        </>
      ) : null}
    </form>
  );
}
