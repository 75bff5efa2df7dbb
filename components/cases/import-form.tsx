"use client";
// Upload a case-records file; the import runs on the server while this polls its progress.
import { useEffect, useState } from "react";
import { buttonClass, inputClass } from "@/components/ui/field";
import type { ImportJobView } from "@/lib/cases/import-job";

type Job = ImportJobView;

const n = new Intl.NumberFormat("vi-VN");

const UNFINISHED: readonly Job["status"][] = ["queued", "running", "merging"];

/** `current`: an import still under way when the page was (re)loaded; its progress is followed. */
export function CaseImportForm({ current = null }: { current?: Job | null }) {
  const [job, setJob] = useState<Job | null>(current);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // consecutive polls that found no server: shown, and retried every 3 s until it answers again
  const [lost, setLost] = useState(0);
  useEffect(() => {
    if (!job || !UNFINISHED.includes(job.status)) return;
    const t = setTimeout(
      async () => {
        const res = await fetch(`/api/cases/import/${job.id}`, { cache: "no-store" }).catch(() => null);
        if (res?.ok) {
          setLost(0);
          setJob(await res.json());
        } else setLost((n) => n + 1);
      },
      lost ? 3000 : 700,
    );
    return () => clearTimeout(t);
  }, [job, lost]);

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    setJob(null);
    setBusy(true);
    try {
      const res = await fetch("/api/cases/import", { method: "POST", body: new FormData(e.currentTarget) });
      const body = await res.json();
      if (!res.ok) return setError(body.error ?? "Không tải được tệp lên");
      setJob({
        id: body.id,
        fileName: "",
        status: "queued",
        total: 0,
        processed: 0,
        errorCount: 0,
        result: null,
        message: null,
      });
    } catch {
      setError("Không kết nối được máy chủ");
    } finally {
      setBusy(false);
    }
  }

  const running = job && UNFINISHED.includes(job.status);
  const pct = job && job.total > 0 ? Math.min(99, Math.round((job.processed / job.total) * 100)) : null;
  return (
    <div className="space-y-4">
      <form
        noValidate
        onSubmit={submit}
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
      >
        <label className="block text-sm font-medium">
          Tệp hồ sơ (CSV hoặc XLSX)
          <input
            name="file"
            type="file"
            required
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={`${inputClass} mt-1`}
          />
        </label>
        <button className={buttonClass} disabled={busy || !!running}>
          {busy ? "Đang tải lên…" : "Nhập hồ sơ"}
        </button>
      </form>
      <div role="status" aria-live="polite" className="text-sm">
        {error ? <p className="text-red-700">{error}</p> : null}
        {lost && job ? (
          <p className="text-amber-800">
            Mất kết nối với máy chủ ({lost} lần): đang thử lại. Kết quả nhập vẫn được ghi ở máy chủ và hiện ở
            danh sách bên dưới khi tải lại trang.
          </p>
        ) : null}
        {running ? (
          <div>
            <p>
              {job.status === "queued"
                ? "Đã tải tệp lên: đang chờ máy chủ bắt đầu nhập…"
                : job.status === "merging"
                  ? `${n.format(job.processed)} dòng hợp lệ: đang kiểm tra trùng mã và ghi vào cơ sở dữ liệu…`
                  : `Đang đọc và kiểm tra: ${n.format(job.processed)} dòng${pct !== null ? ` (~${pct} %)` : ""}`}
            </p>
            <progress
              className="mt-2 w-full"
              max={100}
              value={job.status === "merging" ? 100 : (pct ?? undefined)}
              aria-label="Tiến độ nhập hồ sơ"
            />
          </div>
        ) : null}
        {job?.status === "done" && job.result ? (
          <p className="rounded border border-green-300 bg-green-50 p-3 text-green-800">
            Đã nhập {n.format(job.processed)} hồ sơ: {n.format(job.result.inserted)} mới,{" "}
            {n.format(job.result.updated)} cập nhật, {n.format(job.result.unchanged)} không đổi.
          </p>
        ) : null}
        {job?.status === "failed" ? (
          <div className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
            <p>Không nhập gì: tệp có {n.format(job.errorCount)} lỗi. Sửa các dòng lỗi rồi nhập lại cả tệp.</p>
            <a className="mt-1 inline-block underline" href={`/api/cases/import/${job.id}/errors`} download>
              Tải báo cáo lỗi (CSV)
            </a>
          </div>
        ) : null}
        {job?.status === "error" ? (
          <p className="text-red-700">Lỗi hệ thống khi nhập: {job.message}</p>
        ) : null}
      </div>
    </div>
  );
}
