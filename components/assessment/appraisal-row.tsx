"use client";
// One leaf on the appraisal screen: the unit's value beside the appraised one, each with its points;
// a reason is asked for as soon as the appraised value differs from the unit's.
import { useState } from "react";
import type { GridRow } from "@/lib/assessment/grid";
import type { AppraisalResult, AppraisedCurrent } from "@/lib/assessment/appraisal";
import { inputKind, ruleInWords, valueInWords, viDecimal } from "@/lib/assessment/rule-words";
import { isBlank, sameValue, selfPoints, valueError } from "@/lib/assessment/validation";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";
import { ValueInput } from "./value-input";
import { EvidenceList } from "./evidence-panel";

type Leaf = Extract<GridRow, { kind: "leaf" }>;
const p2 = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const pts = (x: number | null) => (x === null ? "—" : p2.format(x));

export function AppraisalRow({
  leaf,
  roundId,
  unitId,
  onSaved,
}: {
  leaf: Leaf;
  roundId: number;
  unitId: number;
  onSaved: (code: string) => void;
}) {
  const v = leaf.value;
  const self = { selfValue: v?.selfValue ?? "", notApplicable: v?.notApplicable ?? false };
  const [value, setValue] = useState(viDecimal(v?.appraisedValue ?? v?.selfValue));
  const [notApplicable, setNA] = useState(v?.notApplicable ?? false);
  const [reason, setReason] = useState(v?.appraisalReason ?? "");
  const [comment, setComment] = useState(v?.appraisalComment ?? "");
  const [version, setVersion] = useState(v?.version ?? 0);
  const [appraised, setAppraised] = useState(!!v?.appraisedAt);
  const [state, setState] = useState<{
    error?: string;
    fieldErrors?: Record<string, string[] | undefined>;
    conflict?: AppraisedCurrent;
    ok?: string;
  }>({});
  const [busy, setBusy] = useState(false);
  const id = `appr-${leaf.code}`;

  const selfPts = selfPoints(leaf, self);
  const newPts = selfPoints(leaf, { selfValue: value, notApplicable });
  const changed =
    notApplicable !== self.notApplicable || (!notApplicable && !sameValue(value, self.selfValue));
  const live = !notApplicable && !isBlank(value) ? valueError(leaf, value) : null;

  async function save() {
    setBusy(true);
    try {
      const res = await fetch("/api/appraisal/values", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          roundId,
          unitId,
          code: leaf.code,
          version: state.conflict?.version ?? version,
          appraisedValue: value || null,
          notApplicable,
          reason: reason || null,
          comment: comment || null,
        }),
      }).catch(() => null);
      const body: AppraisalResult & { fieldErrors?: Record<string, string[]> } = res
        ? await res.json().catch(() => ({ ok: false, error: "Phản hồi không hợp lệ" }))
        : { ok: false, error: "Không kết nối được máy chủ: chưa lưu." };
      if (body.ok) {
        setVersion(body.version);
        setAppraised(true);
        setState({ ok: "Đã lưu" });
        onSaved(leaf.code);
      } else {
        setState({
          error: body.error,
          ...(body.fieldErrors ? { fieldErrors: body.fieldErrors } : {}),
          ...(body.conflict ? { conflict: body.conflict } : {}),
        });
      }
    } finally {
      setBusy(false);
    }
  }

  function takeTheirs(c: AppraisedCurrent) {
    setValue(c.appraisedValue ?? "");
    setNA(c.notApplicable);
    setReason(c.reason ?? "");
    setComment(c.comment ?? "");
    setVersion(c.version);
    setState({});
  }

  const err = (f: string) => state.fieldErrors?.[f]?.join(" ");
  return (
    <div
      data-testid={id}
      className={`rounded-lg border bg-white p-3 ${state.error ? "border-red-400" : appraised ? "border-green-300" : "border-slate-200"}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-medium">
          <span className="num text-slate-500">{leaf.code}</span> {leaf.name}
        </h3>
        <span className="num text-sm text-slate-600">
          tối đa {p2.format(leaf.max)} điểm{" "}
          {appraised ? <span className="ml-1 text-green-700">✓ đã thẩm định</span> : null}
        </span>
      </div>
      <p className="text-xs text-slate-600">{ruleInWords(leaf)}</p>
      <div className="mt-2 grid gap-3 md:grid-cols-2">
        <section
          className="self-start rounded bg-slate-50 p-2 text-sm"
          aria-label={`Tự đánh giá tiêu chí ${leaf.code}`}
        >
          <p className="text-xs font-medium uppercase text-slate-500">Đơn vị tự đánh giá</p>
          <p>
            {self.notApplicable ? (
              "Không áp dụng"
            ) : (
              <>
                {inputKind(leaf.rule) === "points" ? null : `${valueInWords(leaf, self.selfValue)} · `}
                <strong className="num">{pts(selfPts)}</strong> điểm
              </>
            )}
          </p>
          {v?.explanation ? (
            <p className="mt-1 text-xs">
              <em>Giải trình:</em> {v.explanation}
            </p>
          ) : null}
          <div className="mt-1">
            <EvidenceList evidence={leaf.evidence} />
          </div>
        </section>
        <section className="text-sm" aria-label={`Thẩm định tiêu chí ${leaf.code}`}>
          <p className="text-xs font-medium uppercase text-slate-500">Thẩm định</p>
          <div className="flex flex-wrap items-center gap-2">
            <div className="min-w-40 flex-1">
              <ValueInput
                id={`${id}-value`}
                rule={leaf.rule}
                value={value}
                disabled={notApplicable}
                label={`Giá trị thẩm định tiêu chí ${leaf.code}`}
                invalid={!!(live || err("appraisedValue"))}
                describedBy={`${id}-error`}
                onChange={setValue}
              />
            </div>
            <span>
              →{" "}
              <strong className="num" data-testid={`${id}-points`}>
                {notApplicable ? "—" : pts(newPts)}
              </strong>{" "}
              điểm
            </span>
            <label className="flex items-center gap-1 text-xs">
              <input type="checkbox" checked={notApplicable} onChange={(e) => setNA(e.target.checked)} />{" "}
              Không áp dụng
            </label>
          </div>
          <label className="mt-2 block text-xs font-medium">
            Lý do điều chỉnh
            {changed ? <span className="text-amber-700"> (bắt buộc: khác giá trị tự đánh giá)</span> : null}
            <input
              className={inputClass}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={1000}
              aria-invalid={!!err("reason") || undefined}
              name={`${id}-reason`}
            />
          </label>
          <label className="mt-2 block text-xs font-medium">
            Nhận xét cho đơn vị
            <input
              className={inputClass}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              maxLength={2000}
              name={`${id}-comment`}
            />
          </label>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <button
              type="button"
              className={secondaryButtonClass}
              disabled={busy}
              onClick={() => void save()}
            >
              {busy ? "Đang lưu…" : "Lưu thẩm định"}
            </button>
            <span
              id={`${id}-error`}
              role="status"
              aria-live="polite"
              className={`text-xs ${state.error ? "text-red-700" : "text-green-700"}`}
            >
              {live ?? state.error ?? state.ok}
            </span>
          </div>
          {state.conflict ? (
            <div
              role="alert"
              className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-xs text-amber-900"
            >
              Giá trị của {state.conflict.by ?? "người khác"}:{" "}
              {state.conflict.notApplicable
                ? "không áp dụng"
                : valueInWords(leaf, state.conflict.appraisedValue)}
              {state.conflict.reason ? ` · lý do: ${state.conflict.reason}` : ""}.
              <button type="button" className="ml-2 underline" onClick={() => takeTheirs(state.conflict!)}>
                Dùng giá trị này
              </button>
              <span className="ml-2">hoặc bấm “Lưu thẩm định” để ghi đè bằng giá trị của bạn.</span>
            </div>
          ) : null}
        </section>
      </div>
    </div>
  );
}
