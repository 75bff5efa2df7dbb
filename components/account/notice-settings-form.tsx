"use client";
// A person's e-mail for notices and the kinds they receive (all on unless turned off).
import { useKeptForm } from "@/components/ui/kept-form";
import { Field, inputClass, buttonClass } from "@/components/ui/field";
import { NOTICE_KINDS, NOTICE_KIND_LIST } from "@/lib/notices/kinds";
import { saveNoticeSettingsAction } from "./actions";

export function NoticeSettingsForm({ email, off }: { email: string; off: string[] }) {
  const { state, pending, onSubmit, errors: e } = useKeptForm(saveNoticeSettingsAction);
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      aria-label="Cài đặt thông báo qua e-mail"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="max-w-md">
        <Field
          label="Địa chỉ e-mail nhận thông báo"
          name="notice-email"
          errors={e?.email}
          hint="Để trống: không nhận e-mail (thông báo vẫn hiện ở trang này)"
        >
          <input
            id="notice-email"
            name="email"
            type="text"
            inputMode="email"
            autoComplete="email"
            defaultValue={email}
            className={inputClass}
            aria-describedby="notice-email-error"
          />
        </Field>
      </div>
      <fieldset>
        <legend className="text-sm font-medium">Nhận thông báo khi</legend>
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {NOTICE_KIND_LIST.map((k) => (
            <li key={k}>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="kinds" value={k} defaultChecked={!off.includes(k)} />
                {NOTICE_KINDS[k]}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button className={buttonClass} disabled={pending}>
          {pending ? "Đang lưu…" : "Lưu cài đặt"}
        </button>
        <span role="status" aria-live="polite" className="text-sm">
          {state?.ok ? <span className="text-green-800">Đã lưu cài đặt thông báo.</span> : null}
          {state && !state.ok && !e ? <span className="text-red-700">{state.error}</span> : null}
        </span>
      </div>
    </form>
  );
}
