"use client";
// One sub-criterion in the self-assessment grid: the rule in words, the input that fits it, the
// points it yields (live, from the same engine as the server), N/A, explanation and evidence.
import type { GridRow } from "@/lib/assessment/grid";
import type { EvidenceView } from "@/lib/assessment/evidence";
import type { CurrentValue } from "@/lib/assessment/values";
import { inputKind, inputLabel, ruleInWords } from "@/lib/assessment/rule-words";
import { isBlank, isSelfScored, selfPoints, valueError } from "@/lib/assessment/validation";
import { inputClass } from "@/components/ui/field";
import { ValueInput } from "./value-input";
import { EvidenceForm, EvidenceList } from "./evidence-panel";

export type LeafDraft = {
  selfValue: string;
  notApplicable: boolean;
  explanation: string;
  version: number;
  saved: { selfValue: string; notApplicable: boolean; explanation: string };
  evidence: EvidenceView[];
  error?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  conflict?: CurrentValue;
};
type Leaf = Extract<GridRow, { kind: "leaf" }>;

const num = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
const p2 = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const isDirty = (d: LeafDraft) =>
  d.selfValue !== d.saved.selfValue ||
  d.notApplicable !== d.saved.notApplicable ||
  d.explanation !== d.saved.explanation;

export function LeafCard({
  leaf,
  draft,
  editable,
  roundId,
  unitId,
  onChange,
  onEvidence,
  onRemoveEvidence,
}: {
  leaf: Leaf;
  draft: LeafDraft | undefined;
  editable: boolean;
  roundId: number;
  unitId: number;
  onChange: (patch: Partial<LeafDraft>) => void;
  onEvidence: (e: EvidenceView, v: { valueId: number; version: number }) => void;
  onRemoveEvidence: (id: number) => void;
}) {
  const own = isSelfScored(leaf);
  const id = `leaf-${leaf.code}`;
  const header = (
    <div className="flex flex-wrap items-baseline justify-between gap-2">
      <h3 className="font-medium">
        <span className="num text-slate-500">{leaf.code}</span> {leaf.name}
        {leaf.bonus ? (
          <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-800">điểm cộng</span>
        ) : null}
      </h3>
      <span className="num text-sm text-slate-600">tối đa {num.format(leaf.max)} điểm</span>
    </div>
  );
  const rule = <p className="mt-0.5 text-xs text-slate-600">{ruleInWords(leaf)}</p>;

  if (!own) {
    const note = !leaf.applies
      ? "Không áp dụng cho loại đơn vị này."
      : leaf.metric
        ? leaf.figure !== null
          ? `Tính từ số liệu hồ sơ trong hệ thống: ${num.format(leaf.figure)} % → ${p2.format(selfPoints(leaf, { selfValue: String(leaf.figure), notApplicable: false }) ?? 0)} điểm`
          : "Tính từ số liệu hồ sơ: chưa có số liệu của đơn vị."
        : "Lấy từ kết quả điều tra xã hội học, đơn vị không tự chấm.";
    return (
      <div
        data-testid={id}
        data-state="readonly"
        className="rounded-lg border border-slate-200 bg-slate-50 p-3"
      >
        {header}
        {rule}
        <p className="mt-1 text-sm text-slate-700">{note}</p>
      </div>
    );
  }

  const d = draft!;
  const points = selfPoints(leaf, d);
  const liveError = !d.notApplicable && !isBlank(d.selfValue) ? valueError(leaf, d.selfValue) : null;
  const valueErrors = d.fieldErrors?.selfValue?.join(" ") ?? liveError;
  const needsExplanation =
    !d.notApplicable && (points ?? 0) > 0 && d.evidence.length === 0 && isBlank(d.explanation);
  const filled = d.notApplicable || !isBlank(d.selfValue);
  const label = inputLabel(leaf);
  return (
    <div
      data-testid={id}
      data-state={filled ? "filled" : "missing"}
      data-kind={inputKind(leaf.rule)}
      className={`rounded-lg border bg-white p-3 ${d.error ? "border-red-400" : isDirty(d) ? "border-amber-400" : "border-slate-200"}`}
    >
      {header}
      {rule}
      <div className="mt-2 grid gap-3 md:grid-cols-[minmax(0,14rem)_auto_minmax(0,1fr)] md:items-start">
        <div>
          <label htmlFor={`${id}-value`} className="block text-xs font-medium">
            {label}
          </label>
          <ValueInput
            id={`${id}-value`}
            rule={leaf.rule}
            value={d.selfValue}
            disabled={!editable || d.notApplicable}
            label={`${label} tiêu chí ${leaf.code}`}
            invalid={!!valueErrors}
            describedBy={`${id}-error`}
            onChange={(v) => onChange({ selfValue: v })}
          />
          <label className="mt-1 flex items-center gap-1 text-xs">
            <input
              type="checkbox"
              checked={d.notApplicable}
              disabled={!editable}
              onChange={(e) => onChange({ notApplicable: e.target.checked })}
            />{" "}
            Không áp dụng
          </label>
        </div>
        <div className="text-sm md:pt-5" aria-live="polite">
          Điểm:{" "}
          <strong className="num" data-testid={`${id}-points`}>
            {d.notApplicable ? "—" : points === null ? "…" : p2.format(points)}
          </strong>
        </div>
        <div>
          <label htmlFor={`${id}-explanation`} className="block text-xs font-medium">
            Giải trình
            {needsExplanation || (d.notApplicable && isBlank(d.explanation)) ? (
              <span className="text-amber-700">
                {" "}
                (bắt buộc khi chưa có tài liệu kiểm chứng hoặc không áp dụng)
              </span>
            ) : null}
          </label>
          <textarea
            id={`${id}-explanation`}
            rows={1}
            className={inputClass}
            disabled={!editable}
            value={d.explanation}
            maxLength={2000}
            aria-invalid={!!d.fieldErrors?.explanation || undefined}
            onChange={(e) => onChange({ explanation: e.target.value })}
          />
        </div>
      </div>
      <p id={`${id}-error`} aria-live="polite" className="mt-1 text-xs text-red-700">
        {valueErrors ?? d.fieldErrors?.explanation?.join(" ") ?? (d.error && !d.conflict ? d.error : null)}
      </p>
      {d.conflict ? (
        <div
          role="alert"
          className="mt-1 rounded border border-amber-300 bg-amber-50 p-2 text-xs text-amber-900"
        >
          {d.error}
          <button
            type="button"
            className="ml-2 underline"
            onClick={() =>
              onChange({
                selfValue: d.conflict!.selfValue ?? "",
                notApplicable: d.conflict!.notApplicable,
                explanation: d.conflict!.explanation ?? "",
                saved: {
                  selfValue: d.conflict!.selfValue ?? "",
                  notApplicable: d.conflict!.notApplicable,
                  explanation: d.conflict!.explanation ?? "",
                },
                version: d.conflict!.version,
                conflict: undefined,
                error: undefined,
              })
            }
          >
            Dùng giá trị của họ
          </button>
        </div>
      ) : null}
      <details className="mt-2">
        <summary className="cursor-pointer text-sm text-brand-700">
          Tài liệu kiểm chứng ({d.evidence.length})
        </summary>
        <div className="mt-1">
          <EvidenceList evidence={d.evidence} {...(editable ? { onRemove: onRemoveEvidence } : {})} />
          {editable ? (
            <EvidenceForm roundId={roundId} unitId={unitId} code={leaf.code} onAdded={onEvidence} />
          ) : null}
        </div>
      </details>
    </div>
  );
}
