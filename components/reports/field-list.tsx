import type { FieldHead } from "@/lib/reports/types";

/** The full names behind the LV1…LV8 column headers. */
export function FieldList({ fields }: { fields: FieldHead[] }) {
  return (
    <dl className="mt-2 grid gap-x-4 text-xs text-slate-700 sm:grid-cols-2">
      {fields.map((f) => (
        <div key={f.code} className="flex gap-1">
          <dt className="font-semibold">LV{f.code}</dt>
          <dd>{f.name}</dd>
        </div>
      ))}
    </dl>
  );
}
