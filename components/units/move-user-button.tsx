"use client";
// Moves an account of an ended unit to the unit that succeeds it (audited; its open sessions end).
import { useKeptForm } from "@/components/ui/kept-form";
import { updateUserAction } from "@/components/admin/actions";

export function MoveUserButton({
  user,
  to,
}: {
  user: { id: number; role: string };
  to: { id: number; name: string };
}) {
  const { state, onSubmit: action, pending } = useKeptForm(updateUserAction);
  return (
    <form noValidate onSubmit={action} className="inline">
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="role" value={user.role} />
      <input type="hidden" name="unitId" value={to.id} />
      <input type="hidden" name="active" value="true" />
      <button className="underline" disabled={pending || !!state?.ok}>
        {state?.ok ? `Đã chuyển sang ${to.name}` : `Chuyển sang ${to.name}`}
      </button>
      {state && !state.ok ? <span className="ml-2 text-red-700">{state.error}</span> : null}
    </form>
  );
}
