"use client";
import { useKeptForm } from "@/components/ui/kept-form";
import { updateUserAction } from "./actions";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/permissions";
import { secondaryButtonClass } from "@/components/ui/field";
import { PasswordResetForm } from "./password-reset-form";

type Props = {
  user: {
    id: number;
    username: string;
    name: string;
    role: Role;
    unitId: number | null;
    active: boolean;
    lastLogin: string;
  };
  units: { id: number; name: string }[];
};

export function UserRow({ user, units }: Props) {
  const { state, onSubmit: action, pending } = useKeptForm(updateUserAction);
  return (
    <tr className="border-t border-slate-100 align-top">
      <td className="p-2 font-mono text-xs">{user.username}</td>
      <td className="p-2">{user.name}</td>
      <td className="p-2" colSpan={4}>
        <form noValidate onSubmit={action} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="id" value={user.id} />
          <select
            name="role"
            defaultValue={user.role}
            aria-label={`Vai trò của ${user.username}`}
            className="rounded border border-slate-300 px-2 py-1 text-sm"
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
          <select
            name="unitId"
            defaultValue={user.unitId ?? ""}
            aria-label={`Đơn vị của ${user.username}`}
            className="max-w-56 rounded border border-slate-300 px-2 py-1 text-sm"
          >
            <option value="">— Không thuộc đơn vị —</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
          <label className="flex items-center gap-1 text-sm">
            <input type="checkbox" name="active" defaultChecked={user.active} /> Hoạt động
          </label>
          <button className={secondaryButtonClass} disabled={pending}>
            Lưu
          </button>
          <span className="text-xs text-slate-500">Đăng nhập gần nhất: {user.lastLogin}</span>
          <span
            role="status"
            aria-live="polite"
            className={`text-xs ${state?.ok ? "text-green-700" : "text-red-700"}`}
          >
            {state ? (state.ok ? "Đã lưu" : state.error) : null}
          </span>
        </form>
        <PasswordResetForm userId={user.id} username={user.username} />
      </td>
    </tr>
  );
}
