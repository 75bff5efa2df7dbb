"use client";
// Import a criteria set from a JSON file (interfaces.md format); errors listed by node.
import Link from "next/link";
import { useKeptForm } from "@/components/ui/kept-form";
import { buttonClass } from "@/components/ui/field";
import { importCriteriaSetAction } from "./actions";
import { groupLabel } from "@/lib/labels";

export function ImportSetForm() {
  const { state, onSubmit, pending } = useKeptForm(importCriteriaSetAction);
  const messages = state && !state.ok ? Object.values(state.fieldErrors ?? {}).flatMap((m) => m ?? []) : [];
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-2 rounded border border-slate-200 bg-white p-4">
      <h2 className="font-semibold">Nhập bộ tiêu chí từ tệp JSON</h2>
      <label htmlFor="file" className="block text-sm">
        Tệp .json theo định dạng bộ tiêu chí
      </label>
      <input
        id="file"
        name="file"
        type="file"
        accept="application/json,.json"
        className="block w-full text-sm"
        aria-describedby="import-result"
      />
      <div id="import-result" aria-live="polite" className="text-sm">
        {state?.ok ? (
          <p className="text-green-800">
            Đã nhập bộ tiêu chí năm {state.data.year}, {groupLabel(state.data.group).toLowerCase()}, phiên bản{" "}
            {state.data.version}.{" "}
            <Link className="underline" href={`/tieu-chi/${state.data.id}`}>
              Xem
            </Link>
          </p>
        ) : null}
        {state && !state.ok ? (
          <>
            <p className="text-red-700">{state.error}</p>
            {messages.length ? (
              <ul className="mt-1 list-disc pl-5 text-red-700">
                {messages.map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
      <button className={buttonClass} disabled={pending}>
        {pending ? "Đang nhập…" : "Nhập tệp"}
      </button>
    </form>
  );
}
