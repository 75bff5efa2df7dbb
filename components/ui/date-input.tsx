// A date typed and shown as dd/mm/yyyy whatever the browser's language: a native date input follows
// the browser (mm/dd/yyyy and English messages in an English one). The server reads dd/mm/yyyy as
// well as YYYY-MM-DD, and answers a bad date in Vietnamese beside the field.
import type { InputHTMLAttributes } from "react";
import { inputClass } from "./field";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "defaultValue"> & {
  defaultValue?: string | null;
};

/** "2025-07-01" → "01/07/2025"; anything else is shown as it is */
export const toVnDay = (v: string | null | undefined) =>
  v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v.split("-").reverse().join("/") : (v ?? "");

export function DateInput({ defaultValue, className = inputClass, ...rest }: Props) {
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder="dd/mm/yyyy"
      maxLength={10}
      className={className}
      defaultValue={toVnDay(defaultValue)}
    />
  );
}
