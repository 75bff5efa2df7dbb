"use client";
// Evidence of one leaf: the list (PDFs open through the guarded route) and, while the unit may
// edit, a small form to add a document. A refused upload keeps what was typed.
import { useRef, useState } from "react";
import type { EvidenceView } from "@/lib/assessment/evidence";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";
import { DateInput } from "@/components/ui/date-input";

type Errors = Record<string, string[] | undefined>;
const date = (iso: string | null) => (iso ? iso.split("-").reverse().join("/") : null);
const kb = (n: number) =>
  `${new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 }).format(Math.max(1, n / 1024))} KB`;

export function EvidenceList({
  evidence,
  onRemove,
}: {
  evidence: EvidenceView[];
  onRemove?: (id: number) => void;
}) {
  if (!evidence.length) return <p className="text-xs text-slate-500">Chưa có tài liệu kiểm chứng.</p>;
  return (
    <ul className="space-y-1 text-sm">
      {evidence.map((e) => (
        <li key={e.id} className="flex flex-wrap items-center gap-x-2">
          <span>
            {e.documentNumber ? `Văn bản ${e.documentNumber}` : "Tài liệu"}
            {e.documentDate ? ` ngày ${date(e.documentDate)}` : ""}
            {e.pageOrSection ? ` · ${e.pageOrSection}` : ""}
          </span>
          {e.attachment ? (
            <a
              className="text-brand-700 underline"
              href={`/api/assessment/attachments/${e.attachment.id}`}
              target="_blank"
              rel="noreferrer"
            >
              {e.attachment.name} ({kb(e.attachment.size)})
            </a>
          ) : null}
          {onRemove ? (
            <button type="button" className="text-xs text-red-700 underline" onClick={() => onRemove(e.id)}>
              Xoá
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function EvidenceForm({
  roundId,
  unitId,
  code,
  onAdded,
}: {
  roundId: number;
  unitId: number;
  code: string;
  onAdded: (e: EvidenceView, value: { valueId: number; version: number }) => void;
}) {
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = (f: string) => `ev-${code}-${f}`;

  async function submit() {
    if (!form.current) return;
    setBusy(true);
    setMessage(null);
    const data = new FormData(form.current);
    data.set("roundId", String(roundId));
    data.set("unitId", String(unitId));
    data.set("code", code);
    try {
      const res = await fetch("/api/assessment/evidence", { method: "POST", body: data });
      const body = await res.json().catch(() => ({}));
      if (!res.ok) {
        setErrors(body.fieldErrors ?? {});
        setMessage(
          body.fieldErrors && Object.keys(body.fieldErrors).length
            ? "Chưa thêm được tài liệu: xem lỗi ở trường được đánh dấu."
            : (body.error ?? "Không thêm được tài liệu"),
        );
        return;
      }
      setErrors({});
      form.current.reset();
      onAdded(body.evidence, { valueId: body.valueId, version: body.version });
      setMessage("Đã thêm tài liệu kiểm chứng.");
    } catch {
      setMessage("Không kết nối được máy chủ: tài liệu chưa được thêm.");
    } finally {
      setBusy(false);
    }
  }

  const err = (f: string) =>
    errors[f]?.length ? (
      <span id={id(`${f}-error`)} className="text-xs text-red-700">
        {errors[f]!.join(" ")}
      </span>
    ) : null;
  return (
    <form
      noValidate
      ref={form}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      className="mt-2 grid gap-2 rounded border border-dashed border-slate-300 p-2 sm:grid-cols-2"
      aria-label={`Thêm tài liệu kiểm chứng tiêu chí ${code}`}
    >
      <label className="text-xs">
        Số văn bản
        <input
          name="documentNumber"
          id={id("documentNumber")}
          className={inputClass}
          placeholder="vd. 12/KH-STTTT"
          maxLength={100}
          aria-invalid={!!errors.documentNumber || undefined}
        />
        {err("documentNumber")}
      </label>
      <label className="text-xs">
        Ngày văn bản
        <DateInput
          name="documentDate"
          id={id("documentDate")}
          className={inputClass}
          aria-invalid={!!errors.documentDate || undefined}
        />
        {err("documentDate")}
      </label>
      <label className="text-xs">
        Trang hoặc mục
        <input
          name="pageOrSection"
          id={id("pageOrSection")}
          className={inputClass}
          placeholder="vd. Trang 3, mục II"
          maxLength={200}
        />
        {err("pageOrSection")}
      </label>
      <label className="text-xs">
        Tệp PDF (tối đa 10 MB)
        <input
          name="file"
          id={id("file")}
          type="file"
          accept="application/pdf,.pdf"
          className="block w-full text-xs"
          aria-invalid={!!errors.file || undefined}
        />
        {err("file")}
      </label>
      <div className="flex flex-wrap items-center gap-2 sm:col-span-2">
        <button className={secondaryButtonClass} disabled={busy}>
          {busy ? "Đang tải lên…" : "Thêm tài liệu"}
        </button>
        <span
          role="status"
          aria-live="polite"
          className={`text-xs ${Object.keys(errors).length ? "text-red-700" : "text-slate-600"}`}
        >
          {message}
        </span>
      </div>
    </form>
  );
}
