"use client";
import Link from "next/link";
import { useKeptForm } from "@/components/ui/kept-form";
import { Field, inputClass, buttonClass } from "@/components/ui/field";
import { createInspectionAction, editInspectionAction } from "./actions";
import { DateInput } from "@/components/ui/date-input";

type Option = { id: number; name: string };

/** What an existing inspection holds, to correct it (the form then saves instead of creating). */
export type InspectionValues = {
  id: number;
  decisionNumber: string;
  decisionDate: string;
  visitDate: string;
  unitId: number;
  leadUserId: number | null;
  memberIds: number[];
};

export function InspectionForm({
  units,
  team,
  me,
  values,
}: {
  units: Option[];
  team: Option[];
  me: number;
  values?: InspectionValues;
}) {
  const {
    state,
    pending,
    onSubmit,
    errors: e,
  } = useKeptForm(values ? editInspectionAction : createInspectionAction, { resetOnSuccess: !values });
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
      aria-label={values ? "Sửa quyết định, đoàn kiểm tra" : "Lập cuộc kiểm tra"}
    >
      {values ? <input type="hidden" name="id" value={values.id} /> : null}
      <Field label="Số quyết định" name="decisionNumber" errors={e?.decisionNumber}>
        <input
          id="decisionNumber"
          name="decisionNumber"
          defaultValue={values?.decisionNumber}
          placeholder="784/QĐ-UBND"
          className={inputClass}
          aria-describedby="decisionNumber-error"
        />
      </Field>
      <Field label="Ngày quyết định" name="decisionDate" errors={e?.decisionDate}>
        <DateInput
          id="decisionDate"
          name="decisionDate"
          defaultValue={values?.decisionDate}
          className={inputClass}
          aria-describedby="decisionDate-error"
        />
      </Field>
      <Field label="Ngày kiểm tra" name="visitDate" errors={e?.visitDate}>
        <DateInput
          id="visitDate"
          name="visitDate"
          defaultValue={values?.visitDate}
          className={inputClass}
          aria-describedby="visitDate-error"
        />
      </Field>
      <Field label="Đơn vị được kiểm tra" name="unitId" errors={e?.unitId}>
        <select
          id="unitId"
          name="unitId"
          defaultValue={values?.unitId ?? ""}
          className={inputClass}
          aria-describedby="unitId-error"
        >
          <option value="">— Chọn đơn vị —</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Trưởng đoàn" name="leadUserId" errors={e?.leadUserId}>
        <select
          id="leadUserId"
          name="leadUserId"
          defaultValue={values ? (values.leadUserId ?? "") : team.some((t) => t.id === me) ? me : ""}
          className={inputClass}
          aria-describedby="leadUserId-error"
        >
          <option value="">— Chọn trưởng đoàn —</option>
          {team.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Thành viên đoàn"
        name="memberIds"
        errors={e?.memberIds}
        hint="Cán bộ kiểm tra ghi nhận kết quả được tự động thêm vào đoàn"
      >
        <select
          id="memberIds"
          name="memberIds"
          multiple
          defaultValue={values?.memberIds.map(String)}
          size={Math.min(4, Math.max(2, team.length))}
          className={inputClass}
          aria-describedby="memberIds-error"
        >
          {team.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </Field>
      {values ? null : (
        <div className="sm:col-span-2 lg:col-span-3">
          <Field label="Ghi chú" name="notes" errors={e?.notes}>
            <textarea id="notes" name="notes" rows={2} defaultValue="" className={inputClass} />
          </Field>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-3">
        <button className={buttonClass} disabled={pending}>
          {pending ? "Đang lưu…" : values ? "Lưu thay đổi" : "Lập cuộc kiểm tra"}
        </button>
        <p
          role="status"
          aria-live="polite"
          className={`text-sm ${state?.ok ? "text-green-700" : "text-red-700"}`}
        >
          {state ? (
            state.ok ? (
              values ? (
                "Đã lưu thay đổi."
              ) : (
                <>
                  Đã lập cuộc kiểm tra.{" "}
                  <Link className="underline" href={`/kiem-tra/${state.data.id}`}>
                    Ghi nhận tồn tại, hạn chế
                  </Link>
                </>
              )
            ) : (
              state.error
            )
          ) : null}
        </p>
      </div>
    </form>
  );
}
