"use client";
// Classification bands (xếp loại) of a set: a label and the lowest index it starts from.
type Row = { label: string; min: string };

export function ClassificationEditor({ rows, onChange }: { rows: Row[]; onChange: (rows: Row[]) => void }) {
  const set = (i: number, patch: Partial<Row>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="rounded border border-slate-200 bg-white p-3">
      <legend className="px-1 text-sm font-medium">Xếp loại (từ chỉ số tối thiểu)</legend>
      <div className="flex flex-wrap gap-2">
        {rows.map((r, i) => (
          <div key={i} className="flex items-center gap-1 rounded bg-slate-50 p-1">
            <input
              aria-label={`Tên mức xếp loại ${i + 1}`}
              className="w-28 rounded border border-slate-300 px-2 py-1 text-sm"
              value={r.label}
              onChange={(e) => set(i, { label: e.target.value })}
            />
            <span className="text-xs">≥</span>
            <input
              aria-label={`Chỉ số tối thiểu mức ${i + 1}`}
              inputMode="decimal"
              className="num w-16 rounded border border-slate-300 px-2 py-1 text-sm"
              value={r.min}
              onChange={(e) => set(i, { min: e.target.value })}
            />
            <button
              type="button"
              className="px-1 text-xs text-red-700"
              aria-label={`Xoá mức xếp loại ${i + 1}`}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              ✕
            </button>
          </div>
        ))}
        <button
          type="button"
          className="text-sm text-brand-700 hover:underline"
          onClick={() => onChange([...rows, { label: "", min: "" }])}
        >
          + Thêm mức
        </button>
      </div>
    </fieldset>
  );
}
