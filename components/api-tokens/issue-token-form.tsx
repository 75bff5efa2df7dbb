"use client";
import { useKeptForm } from "@/components/ui/kept-form";
import { issueTokenAction } from "./actions";
import { Field, inputClass, buttonClass } from "@/components/ui/field";

export function IssueTokenForm({ units }: { units: { id: number; name: string }[] }) {
  const { state, onSubmit: action, pending } = useKeptForm(issueTokenAction, { resetOnSuccess: true });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <div className="space-y-3">
      <form
        noValidate
        onSubmit={action}
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3"
      >
        <Field label="Tên (hệ thống sử dụng mã)" name="name" errors={errors?.name}>
          <input
            id="name"
            name="name"
            required
            className={inputClass}
            aria-describedby="name-error"
            placeholder="Hệ thống một cửa tỉnh"
          />
        </Field>
        <Field
          label="Giới hạn đơn vị"
          name="unitId"
          errors={errors?.unitId}
          hint="Để trống: được gửi hồ sơ của mọi đơn vị"
        >
          <select id="unitId" name="unitId" className={inputClass} defaultValue="">
            <option value="">— Mọi đơn vị —</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </Field>
        <div className="flex items-center">
          <button className={buttonClass} disabled={pending}>
            {pending ? "Đang cấp…" : "Cấp mã truy cập"}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {state?.ok ? (
          <div className="rounded-lg border border-green-300 bg-green-50 p-4 text-sm">
            <p className="font-medium">Mã truy cập mới (chỉ hiển thị một lần — hãy sao chép ngay):</p>
            <code data-testid="new-token" className="mt-2 block break-all rounded bg-white p-2 font-mono">
              {state.data.token}
            </code>
          </div>
        ) : state ? (
          <p className="text-sm text-red-700">{state.error}</p>
        ) : null}
      </div>
    </div>
  );
}
