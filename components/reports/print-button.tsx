"use client";
import { secondaryButtonClass } from "@/components/ui/field";

export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className={`${secondaryButtonClass} self-end`}>
      In báo cáo
    </button>
  );
}
