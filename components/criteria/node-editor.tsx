"use client";
// One node of the criteria tree in the editor, with its children below it. A group shows the live
// sum of its children's max; a leaf its max, rule, metric, applies-to and bonus flag.
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { fmt2 } from "@/lib/format";
import { UNIT_TYPE_LABELS } from "@/lib/labels";
import { draftTotals, RULE_TYPES, type NodeDraft, type RuleTypeDraft } from "./editor-model";
import { RULE_LABELS, RuleParams } from "./rule-editor";
import { errorsAt } from "./tree-ops";

export type NodeOps = {
  change: (id: string, patch: Partial<NodeDraft>) => void;
  move: (id: string, step: -1 | 1) => void;
  reparent: (id: string, parentId: string | null) => void;
  addChild: (parentId: string) => void;
  remove: (id: string) => void;
  targets: (id: string) => { id: string | null; label: string }[];
};

type Props = {
  node: NodeDraft;
  depth: number;
  paths: Map<string, string>;
  errors: Record<string, string[] | undefined>;
  ops: NodeOps;
  metricKeys: readonly string[];
};

const UNIT_TYPES = ["SO", "HUYEN", "XA", "NGANH_DOC", "DVSN"];
const iconButton =
  "rounded border border-slate-300 bg-white px-2 py-1 text-xs hover:bg-slate-100 disabled:opacity-40";

export function NodeEditor({ node, depth, paths, errors, ops, metricKeys }: Props) {
  const [open, setOpen] = useState(false);
  const messages = errorsAt(errors, paths.get(node.id) ?? "");
  const group = node.children.length > 0;
  const totals = draftTotals(node);
  const label = node.code || "mới";
  const change = (patch: Partial<NodeDraft>) => ops.change(node.id, patch);
  const showDetails = !group && (open || messages.length > 0);
  return (
    <li
      className={`rounded border ${messages.length ? "border-red-400 bg-red-50/40" : "border-slate-200 bg-white"} ${depth === 0 ? "p-3" : "p-2"}`}
      data-node={node.code}
    >
      {/* code and name on a line of their own: long Vietnamese names wrap and are read whole */}
      <div className="flex items-start gap-2">
        <input
          aria-label={`Mã tiêu chí ${label}`}
          className="w-20 shrink-0 rounded border border-slate-300 px-2 py-1 font-mono text-sm"
          value={node.code}
          onChange={(e) => change({ code: e.target.value })}
        />
        <NameField
          label={`Tên tiêu chí ${label}`}
          value={node.name}
          onChange={(name) => change({ name })}
          bold={group}
        />
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        {group ? (
          <span className="text-sm" data-testid={`max-${node.code}`}>
            Tối đa <strong className="num">{fmt2(totals.max)}</strong>
            {totals.bonus ? (
              <span className="text-xs text-slate-500"> (+{fmt2(totals.bonus)} cộng)</span>
            ) : null}
          </span>
        ) : (
          <label className="flex items-center gap-1 text-sm">
            Tối đa
            <input
              aria-label={`Điểm tối đa ${label}`}
              inputMode="decimal"
              className="num w-20 rounded border border-slate-300 px-2 py-1 text-sm"
              value={node.max}
              onChange={(e) => change({ max: e.target.value })}
            />
          </label>
        )}
        {!group ? (
          <select
            aria-label={`Quy tắc ${label}`}
            className="rounded border border-slate-300 bg-white px-2 py-1 text-sm"
            value={node.ruleType}
            onChange={(e) => change({ ruleType: e.target.value as RuleTypeDraft })}
          >
            <option value="">— chọn quy tắc —</option>
            {RULE_TYPES.map((t) => (
              <option key={t} value={t}>
                {RULE_LABELS[t]}
              </option>
            ))}
          </select>
        ) : null}
        <div className="flex flex-wrap items-center gap-1">
          <button
            type="button"
            className={iconButton}
            onClick={() => ops.move(node.id, -1)}
            aria-label={`Chuyển ${label} lên`}
          >
            ↑
          </button>
          <button
            type="button"
            className={iconButton}
            onClick={() => ops.move(node.id, 1)}
            aria-label={`Chuyển ${label} xuống`}
          >
            ↓
          </button>
          <select
            aria-label={`Chuyển ${label} vào nhóm`}
            className="max-w-40 rounded border border-slate-300 bg-white px-1 py-1 text-xs"
            value=""
            onChange={(e) =>
              e.target.value && ops.reparent(node.id, e.target.value === "__root" ? null : e.target.value)
            }
          >
            <option value="">Chuyển vào…</option>
            {ops.targets(node.id).map((t) => (
              <option key={t.id ?? "__root"} value={t.id ?? "__root"}>
                {t.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            className={iconButton}
            onClick={() => ops.addChild(node.id)}
            aria-label={`Thêm tiêu chí con vào ${label}`}
          >
            + con
          </button>
          <button
            type="button"
            className={`${iconButton} text-red-700`}
            onClick={() => ops.remove(node.id)}
            aria-label={`Xoá ${label}`}
          >
            Xoá
          </button>
          {!group ? (
            <button
              type="button"
              className={iconButton}
              aria-expanded={showDetails}
              onClick={() => setOpen(!open)}
            >
              {showDetails ? "Thu gọn" : "Chi tiết"}
            </button>
          ) : null}
        </div>
      </div>
      {showDetails ? (
        <div className="mt-2 space-y-2 border-t border-slate-100 pt-2">
          <RuleParams node={node} onChange={change} />
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <label className="flex items-center gap-1">
              Chỉ số từ dữ liệu
              <select
                aria-label={`Chỉ số từ dữ liệu của ${label}`}
                className="rounded border border-slate-300 bg-white px-2 py-1 text-sm"
                value={node.metric}
                onChange={(e) => change({ metric: e.target.value })}
              >
                <option value="">Không (đơn vị nhập)</option>
                {metricKeys.map((k) => (
                  <option key={k} value={k}>
                    {k}
                  </option>
                ))}
                {node.metric && !metricKeys.includes(node.metric) ? (
                  <option value={node.metric}>{node.metric} (không có)</option>
                ) : null}
              </select>
            </label>
            <label className="flex items-center gap-1">
              <input
                type="checkbox"
                checked={node.bonus}
                onChange={(e) => change({ bonus: e.target.checked })}
                aria-label={`Điểm cộng ${label}`}
              />{" "}
              Điểm cộng (ngoài tổng tối đa)
            </label>
          </div>
          <fieldset className="flex flex-wrap items-center gap-3 text-sm">
            <legend className="text-xs font-medium text-slate-600">
              Áp dụng cho (để trống: mọi loại đơn vị)
            </legend>
            {UNIT_TYPES.map((t) => (
              <label key={t} className="flex items-center gap-1">
                <input
                  type="checkbox"
                  checked={node.appliesTo.includes(t)}
                  onChange={(e) =>
                    change({
                      appliesTo: e.target.checked
                        ? [...node.appliesTo, t]
                        : node.appliesTo.filter((x) => x !== t),
                    })
                  }
                />
                {UNIT_TYPE_LABELS[t]}
              </label>
            ))}
          </fieldset>
        </div>
      ) : null}
      <div aria-live="polite" className="text-sm text-red-700" id={`loi-${node.id}`}>
        {messages.map((m, i) => (
          <p key={i} className="mt-1">
            {m}
          </p>
        ))}
      </div>
      {group ? (
        <ul className="mt-2 space-y-2 border-l-2 border-slate-100 pl-2 sm:pl-4">
          {node.children.map((c) => (
            <NodeEditor
              key={c.id}
              node={c}
              depth={depth + 1}
              paths={paths}
              errors={errors}
              ops={ops}
              metricKeys={metricKeys}
            />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** A one-paragraph name: wraps and grows with its text (Enter does not add a line break). */
function NameField({
  label,
  value,
  onChange,
  bold,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  bold: boolean;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => fitHeight(ref.current));
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let width = el.clientWidth;
    const ro = new ResizeObserver(() => {
      if (el.clientWidth !== width) {
        width = el.clientWidth;
        fitHeight(el);
      }
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return (
    <textarea
      ref={ref}
      aria-label={label}
      rows={1}
      placeholder="Tên tiêu chí"
      value={value}
      className={`min-w-0 flex-1 resize-none overflow-hidden rounded border border-slate-300 px-2 py-1 text-sm leading-5 ${bold ? "font-medium" : ""}`}
      onChange={(e) => onChange(e.target.value.replace(/\s*\n\s*/g, " "))}
      onKeyDown={(e) => {
        if (e.key === "Enter") e.preventDefault();
      }}
    />
  );
}

function fitHeight(el: HTMLTextAreaElement | null) {
  if (!el) return;
  el.style.height = "auto";
  el.style.height = `${el.scrollHeight + 2}px`;
}
