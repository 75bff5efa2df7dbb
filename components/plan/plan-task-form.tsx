"use client";
import { useKeptForm } from "@/components/ui/kept-form";
import Link from "next/link";
import { createPlanTaskAction, updatePlanTaskAction } from "./actions";
import { Field, inputClass, buttonClass } from "@/components/ui/field";
import { PLAN_STATUSES, PLAN_STATUS_LABELS } from "@/lib/plan/plan-task";
import { DateInput } from "@/components/ui/date-input";

export type PlanTaskDefaults = {
  id?: number;
  year: number;
  code: string;
  unitId: number | null;
  title: string;
  product: string;
  deadline: string;
  status: (typeof PLAN_STATUSES)[number];
  completedAt: string;
  assignedByProvince: boolean;
  note: string;
};

export function PlanTaskForm({
  units,
  defaults,
  canManage,
}: {
  units: { id: number; name: string }[];
  defaults: PlanTaskDefaults;
  canManage: boolean;
}) {
  // a created task clears the form; an edited one stays as saved
  const {
    state,
    onSubmit,
    pending,
    errors: e,
  } = useKeptForm(defaults.id ? updatePlanTaskAction : createPlanTaskAction, {
    resetOnSuccess: !defaults.id,
  });
  const f = (name: keyof PlanTaskDefaults, label: string, input: React.ReactNode, hint?: string) => (
    <Field label={label} name={name} errors={e?.[name]} hint={hint}>
      {input}
    </Field>
  );
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      {defaults.id ? <input type="hidden" name="id" value={defaults.id} /> : null}
      {f(
        "year",
        "Năm",
        <input
          id="year"
          name="year"
          type="number"
          defaultValue={defaults.year}
          className={inputClass}
          aria-describedby="year-error"
        />,
      )}
      {f(
        "code",
        "Mã nhiệm vụ",
        <input
          id="code"
          name="code"
          defaultValue={defaults.code}
          className={inputClass}
          aria-describedby="code-error"
        />,
      )}
      {f(
        "unitId",
        "Đơn vị chủ trì",
        <select
          id="unitId"
          name="unitId"
          defaultValue={defaults.unitId ?? ""}
          className={inputClass}
          aria-describedby="unitId-error"
        >
          {units.length > 1 ? <option value="">— Chọn đơn vị —</option> : null}
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>,
      )}
      {f(
        "deadline",
        "Hạn hoàn thành",
        <DateInput
          id="deadline"
          name="deadline"
          defaultValue={defaults.deadline}
          className={inputClass}
          aria-describedby="deadline-error"
        />,
      )}
      <div className="sm:col-span-2">
        {f(
          "title",
          "Nội dung nhiệm vụ",
          <input
            id="title"
            name="title"
            defaultValue={defaults.title}
            className={inputClass}
            aria-describedby="title-error"
          />,
        )}
      </div>
      <div className="sm:col-span-2">
        {f(
          "product",
          "Sản phẩm cụ thể",
          <input
            id="product"
            name="product"
            defaultValue={defaults.product}
            className={inputClass}
            aria-describedby="product-error"
          />,
          "Bắt buộc: văn bản, báo cáo, quyết định… chứng minh nhiệm vụ hoàn thành",
        )}
      </div>
      {f(
        "status",
        "Trạng thái",
        <select id="status" name="status" defaultValue={defaults.status} className={inputClass}>
          {PLAN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {PLAN_STATUS_LABELS[s]}
            </option>
          ))}
        </select>,
      )}
      {f(
        "completedAt",
        "Ngày hoàn thành",
        <DateInput
          id="completedAt"
          name="completedAt"
          defaultValue={defaults.completedAt}
          className={inputClass}
          aria-describedby="completedAt-error"
        />,
      )}
      <div className="sm:col-span-2">
        {f(
          "note",
          "Ghi chú",
          <input id="note" name="note" defaultValue={defaults.note} className={inputClass} />,
        )}
      </div>
      {canManage ? (
        <label className="flex items-center gap-2 text-sm sm:col-span-2 lg:col-span-4">
          <input type="checkbox" name="assignedByProvince" defaultChecked={defaults.assignedByProvince} />{" "}
          Nhiệm vụ do UBND tỉnh giao
        </label>
      ) : null}
      <div className="flex items-center gap-3 sm:col-span-2 lg:col-span-4">
        <button className={buttonClass} disabled={pending}>
          {pending ? "Đang lưu…" : defaults.id ? "Lưu thay đổi" : "Thêm nhiệm vụ"}
        </button>
        {defaults.id ? (
          <Link href={`/ke-hoach?nam=${defaults.year}`} className="text-sm text-brand-700 underline">
            Quay lại kế hoạch
          </Link>
        ) : null}
        <p
          role="status"
          aria-live="polite"
          className={`text-sm ${state?.ok ? "text-green-700" : "text-red-700"}`}
        >
          {state ? (state.ok ? "Đã lưu." : state.error) : null}
        </p>
      </div>
    </form>
  );
}
