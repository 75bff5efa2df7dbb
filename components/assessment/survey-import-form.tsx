"use client";
// Upload of a survey CSV (ma_don_vi,ma_tieu_chi,ty_le); bad rows are listed, nothing is written.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { buttonClass, inputClass } from "@/components/ui/field";

export function SurveyImportForm({ roundId }: { roundId: number }) {
  const router = useRouter();
  const [result, setResult] = useState<{ ok: boolean; text: string; rows?: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    try {
      const res = await fetch(`/api/rounds/${roundId}/survey`, {
        method: "POST",
        body: new FormData(e.currentTarget),
      });
      const body = await res.json().catch(() => ({}));
      if (!res.ok)
        return setResult({
          ok: false,
          text: body.error ?? "Không nhập được tệp",
          rows: body.fieldErrors?.file,
        });
      setResult({
        ok: true,
        text: `Đã nhập kết quả điều tra: ${body.inserted} mới, ${body.updated} cập nhật, ${body.unchanged} không đổi.`,
      });
      router.refresh();
    } catch {
      setResult({ ok: false, text: "Không kết nối được máy chủ" });
    } finally {
      setBusy(false);
    }
  }
  return (
    <div>
      <form noValidate onSubmit={submit} className="flex flex-wrap items-end gap-3">
        <label className="text-sm font-medium">
          Tệp CSV (ma_don_vi, ma_tieu_chi, ty_le)
          <input name="file" type="file" accept=".csv,text/csv" required className={`${inputClass} mt-1`} />
        </label>
        <button className={buttonClass} disabled={busy}>
          {busy ? "Đang nhập…" : "Nhập kết quả điều tra"}
        </button>
      </form>
      <div
        role="status"
        aria-live="polite"
        className={`mt-2 text-sm ${result?.ok ? "text-green-700" : "text-red-700"}`}
      >
        {result?.text}
        {result?.rows?.length ? (
          <ul className="mt-1 list-disc pl-5">
            {result.rows.slice(0, 50).map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
