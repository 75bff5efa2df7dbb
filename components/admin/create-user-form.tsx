"use client";
import { useKeptForm } from "@/components/ui/kept-form";
import { createUserAction } from "./actions";
import { Field, inputClass, buttonClass } from "@/components/ui/field";
import { ROLE_LABELS, ROLES } from "@/lib/auth/permissions";

export function CreateUserForm({ units }: { units: { id: number; code: string; name: string }[] }) {
  const { state, onSubmit: action, pending } = useKeptForm(createUserAction, { resetOnSuccess: true });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      noValidate
      onSubmit={action}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5"
    >
      <Field label="Tên đăng nhập" name="username" errors={errors?.username}>
        <input id="username" name="username" className={inputClass} aria-describedby="username-error" />
      </Field>
      <Field label="Họ và tên" name="name" errors={errors?.name}>
        <input id="name" name="name" className={inputClass} aria-describedby="name-error" />
      </Field>
      <Field label="Vai trò" name="role" errors={errors?.role}>
        <select id="role" name="role" className={inputClass} defaultValue="UNIT_STAFF">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Đơn vị" name="unitId" errors={errors?.unitId}>
        <select id="unitId" name="unitId" className={inputClass} defaultValue="">
          <option value="">— Không thuộc đơn vị —</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Mật khẩu ban đầu" name="password" errors={errors?.password}>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          className={inputClass}
        />
      </Field>
      <div className="sm:col-span-2 lg:col-span-5 flex items-center gap-3">
        <button className={buttonClass} disabled={pending}>
          {pending ? "Đang lưu…" : "Thêm tài khoản"}
        </button>
        <p
          role="status"
          aria-live="polite"
          className={`text-sm ${state?.ok ? "text-green-700" : "text-red-700"}`}
        >
          {state ? (state.ok ? "Đã thêm tài khoản." : state.error) : null}
        </p>
      </div>
    </form>
  );
}
