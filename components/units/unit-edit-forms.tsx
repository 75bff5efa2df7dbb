"use client";
// Home Affairs' forms on a unit: its details and validity, its predecessors (lineage events).
import { useKeptForm } from "@/components/ui/kept-form";
import { Field, buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { DateInput } from "@/components/ui/date-input";
import { addLineageAction, editUnitAction, removeLineageAction } from "./actions";
import { LINEAGE_KIND_LABEL, LINEAGE_KINDS } from "@/lib/units/lineage";

type Choice = { id: number; code: string; name: string };
const Status = ({ s, ok }: { s: { ok: boolean; error?: string } | null; ok: string }) => (
  <p role="status" aria-live="polite" className={`text-sm ${s?.ok ? "text-green-700" : "text-red-700"}`}>
    {s ? (s.ok ? ok : s.error) : null}
  </p>
);

export function UnitEditForm({
  unit,
  parents,
}: {
  unit: {
    id: number;
    name: string;
    group: string;
    parentId: number | null;
    validFrom: string | null;
    validTo: string | null;
  };
  parents: Choice[];
}) {
  const { state, onSubmit: action, pending } = useKeptForm(editUnitAction);
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      noValidate
      onSubmit={action}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
    >
      <input type="hidden" name="id" value={unit.id} />
      <Field label="Tên đơn vị" name="name" errors={fe?.name}>
        <input id="name" name="name" defaultValue={unit.name} className={inputClass} />
      </Field>
      <Field label="Khối xếp hạng" name="group" errors={fe?.group}>
        <input id="group" name="group" defaultValue={unit.group} className={inputClass} />
      </Field>
      <Field label="Trực thuộc" name="parentId" errors={fe?.parentId}>
        <select id="parentId" name="parentId" defaultValue={unit.parentId ?? ""} className={inputClass}>
          <option value="">— không —</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field label="Hiệu lực từ ngày" name="validFrom" errors={fe?.validFrom}>
          <DateInput id="validFrom" name="validFrom" defaultValue={unit.validFrom} />
        </Field>
        <Field label="Đến hết ngày" name="validTo" errors={fe?.validTo}>
          <DateInput id="validTo" name="validTo" defaultValue={unit.validTo} />
        </Field>
      </div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <button className={buttonClass} disabled={pending}>
          Lưu đơn vị
        </button>
        <Status s={state} ok="Đã lưu (ghi nhật ký)." />
      </div>
    </form>
  );
}

export function AddPredecessorForm({ unitId, units }: { unitId: number; units: Choice[] }) {
  const { state, onSubmit: action, pending } = useKeptForm(addLineageAction, { resetOnSuccess: true });
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      noValidate
      onSubmit={action}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      aria-label="Thêm đơn vị tiền thân"
    >
      <input type="hidden" name="toUnitId" value={unitId} />
      <Field label="Đơn vị tiền thân" name="fromUnitId" errors={fe?.fromUnitId}>
        <select id="fromUnitId" name="fromUnitId" defaultValue="" className={inputClass}>
          <option value="">— chọn —</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.code})
            </option>
          ))}
        </select>
      </Field>
      <Field label="Hình thức" name="kind" errors={fe?.kind}>
        <select id="kind" name="kind" defaultValue="sap_nhap" className={inputClass}>
          {LINEAGE_KINDS.map((k) => (
            <option key={k} value={k}>
              {LINEAGE_KIND_LABEL[k]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Ngày hiệu lực (ngày đầu của đơn vị mới)" name="date" errors={fe?.date}>
        <DateInput id="date" name="date" />
      </Field>
      <Field label="Tỷ lệ kế thừa (chia tách, 0–1)" name="share" errors={fe?.share}>
        <input id="share" name="share" inputMode="decimal" className={inputClass} />
      </Field>
      <div className="flex items-center gap-3 sm:col-span-2 lg:col-span-4">
        <button className={secondaryButtonClass} disabled={pending}>
          Thêm sự kiện
        </button>
        <Status
          s={state}
          ok="Đã thêm (ghi nhật ký; mục khắc phục còn mở của đơn vị đã kết thúc được chuyển sang)."
        />
      </div>
    </form>
  );
}

export function RemoveLineageButton({
  fromUnitId,
  toUnitId,
  label,
}: {
  fromUnitId: number;
  toUnitId: number;
  label: string;
}) {
  const { state, onSubmit: action, pending } = useKeptForm(removeLineageAction);
  return (
    <form noValidate onSubmit={action} className="inline">
      <input type="hidden" name="fromUnitId" value={fromUnitId} />
      <input type="hidden" name="toUnitId" value={toUnitId} />
      <button
        className="text-sm text-red-700 underline"
        disabled={pending}
        aria-label={`Xoá sự kiện ${label}`}
      >
        Xoá
      </button>
      {state && !state.ok ? <span className="ml-2 text-sm text-red-700">{state.error}</span> : null}
    </form>
  );
}
