"use client";
// What a page that failed shows instead of Next's English error page. A production server hides
// the error's text from the browser, so the notice asks /api/health whether the database is the cause.
import { useEffect, useState } from "react";

export function ErrorNotice({ reset }: { reset: () => void }) {
  const [database, setDatabase] = useState<"ok" | "error" | "unknown">("unknown");
  useEffect(() => {
    fetch("/api/health", { cache: "no-store" })
      .then((r) => r.json() as Promise<{ database?: "ok" | "error" }>)
      .then((h) => setDatabase(h.database ?? "unknown"))
      .catch(() => setDatabase("unknown"));
  }, []);
  return (
    <main className="mx-auto max-w-lg p-8 text-center" role="alert">
      <h1 className="text-xl font-semibold">
        {database === "error" ? "Không kết nối được cơ sở dữ liệu" : "Đã xảy ra lỗi khi tải trang"}
      </h1>
      <p className="mt-3 text-slate-600">
        {database === "error"
          ? "Không kết nối được cơ sở dữ liệu, dữ liệu của bạn không bị mất. Hãy thử lại sau ít phút; nếu vẫn lỗi, báo cho quản trị hệ thống kiểm tra máy chủ cơ sở dữ liệu."
          : "Hãy thử lại; nếu vẫn lỗi, báo cho quản trị hệ thống."}
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand-700 px-4 py-2 text-white">
        Thử lại
      </button>
    </main>
  );
}
