// A labelled form field with its server-side errors announced next to it.
export function Field({
  label,
  name,
  errors,
  children,
  hint,
}: {
  label: string;
  name: string;
  errors?: string[];
  children: React.ReactNode;
  hint?: string;
}) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <div className="mt-1">{children}</div>
      {hint ? <p className="mt-1 text-xs text-slate-500">{hint}</p> : null}
      <p id={`${name}-error`} aria-live="polite" className="mt-1 min-h-4 text-xs text-red-700">
        {errors?.join(" ")}
      </p>
    </div>
  );
}

export const inputClass = "w-full rounded border border-slate-300 bg-white px-3 py-2 text-sm";
export const buttonClass =
  "rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60";
/** a link among text: underlined, not only coloured (readable where colour is not) */
export const linkClass =
  "text-brand-700 underline decoration-brand-700/40 underline-offset-2 hover:decoration-brand-700";
export const secondaryButtonClass =
  "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100";
