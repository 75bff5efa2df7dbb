"use client";
// Adds one item to the plan: from a deficiency or a finding (what it answers is fixed; the unit
// names the action, the owner and the deadline) or typed by hand.
import { useKeptForm } from "@/components/ui/kept-form";
import { Field, inputClass, buttonClass, secondaryButtonClass } from "@/components/ui/field";
import { addItemAction } from "./actions";
import { DateInput } from "@/components/ui/date-input";

export type AddItemSource =
  | { source: "DEFICIENCY"; criterionCode: string }
  | { source: "FINDING"; findingId: number }
  | { source: "MANUAL" };

export function AddItemForm({
  unitId,
  year,
  from,
  defaults,
  label,
}: {
  unitId: number;
  year: number;
  from: AddItemSource;
  label: string;
  defaults?: { action?: string; deadline?: string };
}) {
  const { state, pending, onSubmit, errors: e } = useKeptForm(addItemAction, { resetOnSuccess: true });
  const key =
    from.source === "DEFICIENCY"
      ? `d${from.criterionCode}`
      : from.source === "FINDING"
        ? `f${from.findingId}`
        : "m";
  const id = (n: string) => `${n}-${key}`;
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="grid gap-2 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_10rem_auto] lg:items-start"
      aria-label={label}
    >
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="source" value={from.source} />
      {from.source === "DEFICIENCY" ? (
        <input type="hidden" name="criterionCode" value={from.criterionCode} />
      ) : null}
      {from.source === "FINDING" ? <input type="hidden" name="findingId" value={from.findingId} /> : null}
      {from.source === "MANUAL" ? (
        <>
          <div className="sm:col-span-2 lg:col-span-3">
            <Field label="Tồn tại, hạn chế" name={id("problem")} errors={e?.problem}>
              <input
                id={id("problem")}
                name="problem"
                className={inputClass}
                aria-describedby={`${id("problem")}-error`}
              />
            </Field>
          </div>
          <Field label="Mã tiêu chí (nếu có)" name={id("criterionCode")} errors={e?.criterionCode}>
            <input
              id={id("criterionCode")}
              name="criterionCode"
              inputMode="decimal"
              className={inputClass}
              aria-describedby={`${id("criterionCode")}-error`}
            />
          </Field>
        </>
      ) : null}
      <Field
        label="Giải pháp khắc phục"
        name={id("action")}
        errors={e?.action ?? e?.criterionCode ?? e?.findingId}
      >
        <input
          id={id("action")}
          name="action"
          defaultValue={defaults?.action ?? ""}
          className={inputClass}
          aria-describedby={`${id("action")}-error`}
        />
      </Field>
      <Field label="Phụ trách" name={id("owner")} errors={e?.owner}>
        <input
          id={id("owner")}
          name="owner"
          className={inputClass}
          aria-describedby={`${id("owner")}-error`}
          placeholder="Bộ phận hoặc cá nhân"
        />
      </Field>
      <Field label="Thời hạn" name={id("deadline")} errors={e?.deadline}>
        <DateInput
          id={id("deadline")}
          name="deadline"
          defaultValue={defaults?.deadline ?? ""}
          className={inputClass}
          aria-describedby={`${id("deadline")}-error`}
        />
      </Field>
      <div className="flex flex-col gap-1 lg:pt-6">
        <button className={from.source === "MANUAL" ? buttonClass : secondaryButtonClass} disabled={pending}>
          {pending ? "Đang thêm…" : "Đưa vào kế hoạch"}
        </button>
        <p
          role="status"
          aria-live="polite"
          className={`text-xs ${state?.ok ? "text-green-700" : "text-red-700"}`}
        >
          {state ? (state.ok ? "Đã thêm." : state.error) : null}
        </p>
      </div>
    </form>
  );
}
