"use client";
// The criteria-set editor: the whole tree as a draft in the browser, totals recomputed on every
// keystroke, saved in one server action. On a refused save the draft stays as typed and each
// message appears next to the node it names.
import { useMemo, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { fmt2 } from "@/lib/format";
import { tidy } from "@/lib/criteria/totals";
import type { CriteriaSetJson } from "@/lib/criteria/store";
import { buttonClass, secondaryButtonClass } from "@/components/ui/field";
import { saveCriteriaSetAction } from "./actions";
import { ClassificationEditor } from "./classification-editor";
import { draftTotals, fromSetJson, toSetJson, type NodeDraft, type SetDraft } from "./editor-model";
import { NodeEditor, type NodeOps } from "./node-editor";
import { addChild, mapNode, moveNode, moveTargets, nodePaths, removeNode, reparentNode } from "./tree-ops";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { groupLabel } from "@/lib/labels";

type Props = { setId: number; initial: CriteriaSetJson; updatedAt: string; metricKeys: readonly string[] };
type Notice = { kind: "ok" | "error"; text: string } | null;

let fresh = 0;
const newId = () => `new-${Date.now()}-${fresh++}`;

export function CriteriaEditor({ setId, initial, updatedAt: initialUpdatedAt, metricKeys }: Props) {
  const router = useRouter();
  const [draft, setDraft] = useState<SetDraft>(() => fromSetJson(initial));
  const [updatedAt, setUpdatedAt] = useState(initialUpdatedAt);
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [dirty, setDirty] = useState(false);
  const [saving, startSaving] = useTransition();

  useLeaveGuard(dirty);

  const edit = (f: (fields: NodeDraft[]) => NodeDraft[]) => {
    setDraft((d) => ({ ...d, fields: f(d.fields) }));
    setDirty(true);
  };
  const ops: NodeOps = {
    change: (id, patch) => edit((fs) => mapNode(fs, id, (n) => ({ ...n, ...patch }))),
    move: (id, step) => edit((fs) => moveNode(fs, id, step)),
    reparent: (id, parentId) => edit((fs) => reparentNode(fs, id, parentId)),
    addChild: (parentId) => edit((fs) => addChild(fs, parentId, newId())),
    remove: (id) => edit((fs) => removeNode(fs, id)),
    targets: (id) => moveTargets(draft.fields, id),
  };
  const paths = useMemo(() => nodePaths(draft.fields), [draft.fields]);
  const fieldTotals = draft.fields.map((f) => ({ id: f.id, code: f.code, ...draftTotals(f) }));
  const total = tidy(fieldTotals.reduce((s, f) => s + f.max, 0));
  const bonus = tidy(fieldTotals.reduce((s, f) => s + f.bonus, 0));
  const pathSet = new Set(paths.values());
  const setLevel = Object.entries(errors).filter(
    ([k]) => !k.startsWith("fields[") || ![...pathSet].some((p) => k === p || k.startsWith(`${p}.`)),
  );

  function save() {
    setNotice(null);
    startSaving(async () => {
      const r = await saveCriteriaSetAction({ setId, json: toSetJson(draft), expectedUpdatedAt: updatedAt });
      if (!r.ok) {
        setErrors(r.fieldErrors ?? {});
        setNotice({ kind: "error", text: r.error });
        return;
      }
      setErrors({});
      setDirty(false);
      setUpdatedAt(r.data.updatedAt);
      if (r.data.mode === "new-version") {
        router.push(`/tieu-chi/${r.data.setId}/sua?phien-ban-moi=${r.data.previousId}`);
        return;
      }
      setNotice({
        kind: "ok",
        text: r.data.mode === "unchanged" ? "Không có thay đổi nào để lưu." : "Đã lưu bộ tiêu chí.",
      });
      router.refresh();
    });
  }

  return (
    <div className="space-y-4">
      <div className="sticky top-0 z-10 -mx-2 rounded-b border-b border-slate-200 bg-slate-50/95 px-2 py-2 backdrop-blur">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <p className="text-sm">
            Tổng điểm tối đa{" "}
            <strong className="num text-lg" data-testid="set-total">
              {fmt2(total)}
            </strong>
            {bonus ? (
              <span className="text-slate-600">
                {" "}
                · điểm cộng <span className="num">{fmt2(bonus)}</span>
              </span>
            ) : null}
          </p>
          <ul
            className="flex max-w-full gap-1 overflow-x-auto text-xs whitespace-nowrap sm:flex-wrap"
            aria-label="Điểm tối đa theo lĩnh vực"
          >
            {fieldTotals.map((f) => (
              <li
                key={f.id}
                className="rounded bg-white px-2 py-0.5 ring-1 ring-slate-200"
                data-testid={`field-total-${f.code}`}
              >
                {f.code}: <span className="num">{fmt2(f.max)}</span>
              </li>
            ))}
          </ul>
          <button type="button" className={`${buttonClass} ml-auto`} onClick={save} disabled={saving}>
            {saving ? "Đang lưu…" : "Lưu bộ tiêu chí"}
          </button>
        </div>
        <div aria-live="polite">
          {notice ? (
            <p className={`mt-2 text-sm ${notice.kind === "ok" ? "text-green-800" : "text-red-700"}`}>
              {notice.text}
            </p>
          ) : null}
        </div>
      </div>

      <div className="grid gap-3 rounded border border-slate-200 bg-white p-3 sm:grid-cols-[1fr_auto]">
        <label className="text-sm font-medium">
          Tên bộ tiêu chí
          <input
            className="mt-1 w-full rounded border border-slate-300 px-3 py-2 text-sm font-normal"
            value={draft.name}
            onChange={(e) => {
              setDraft({ ...draft, name: e.target.value });
              setDirty(true);
            }}
          />
        </label>
        <p className="self-end text-sm text-slate-600">
          Năm {draft.year} · {groupLabel(draft.group)}
        </p>
        {setLevel.length ? (
          <ul aria-live="polite" className="text-sm text-red-700 sm:col-span-2">
            {setLevel.flatMap(([k, ms]) => (ms ?? []).map((m, i) => <li key={`${k}-${i}`}>{m}</li>))}
          </ul>
        ) : null}
      </div>

      <ClassificationEditor
        rows={draft.classification}
        onChange={(classification) => {
          setDraft({ ...draft, classification });
          setDirty(true);
        }}
      />

      <ul className="space-y-3">
        {draft.fields.map((f) => (
          <NodeEditor
            key={f.id}
            node={f}
            depth={0}
            paths={paths}
            errors={errors}
            ops={ops}
            metricKeys={metricKeys}
          />
        ))}
      </ul>
      <button
        type="button"
        className={secondaryButtonClass}
        onClick={() => edit((fs) => addChild(fs, null, newId()))}
      >
        + Thêm lĩnh vực
      </button>
    </div>
  );
}
