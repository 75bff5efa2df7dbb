"use client";
import { useState } from "react";
import { useKeptForm } from "@/components/ui/kept-form";
import { Field, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { ATTACHMENT_ACCEPT } from "@/lib/files/limits";
import { progressAction } from "./actions";

export function ProgressForm({ itemId }: { itemId: number }) {
  const { state, pending, onSubmit, errors: e } = useKeptForm(progressAction, { resetOnSuccess: true });
  const id = (n: string) => `${n}-${itemId}`;
  // One key per update the user means to add: a double click or a retry of the same submission is
  // recognised by the server and adds nothing; a new key once this one has been saved.
  const [key, setKey] = useState(() => ({ for: state, value: crypto.randomUUID() }));
  if (key.for !== state) setKey({ for: state, value: state?.ok ? crypto.randomUUID() : key.value });
  const clientKey = key.value;
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="grid gap-2 sm:grid-cols-[1fr_auto]"
      aria-label="Ghi nhận tiến độ"
    >
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="clientKey" value={clientKey} />
      <Field label="Cập nhật tiến độ" name={id("note")} errors={e?.note}>
        <textarea
          id={id("note")}
          name="note"
          rows={2}
          className={inputClass}
          aria-describedby={`${id("note")}-error`}
          placeholder="Việc đã làm, văn bản đã ban hành…"
        />
      </Field>
      <Field label="Tài liệu kiểm chứng" name={id("file")} errors={e?.file} hint="PDF hoặc ảnh, tối đa 10 MB">
        <input
          id={id("file")}
          name="file"
          type="file"
          accept={ATTACHMENT_ACCEPT}
          className="block w-full text-sm"
          aria-describedby={`${id("file")}-error`}
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <button className={secondaryButtonClass} disabled={pending}>
          {pending ? "Đang lưu…" : "Lưu cập nhật"}
        </button>
        <p
          role="status"
          aria-live="polite"
          className={`text-sm ${state?.ok ? "text-green-700" : "text-red-700"}`}
        >
          {state ? (state.ok ? "Đã lưu cập nhật." : state.error) : null}
        </p>
      </div>
    </form>
  );
}
