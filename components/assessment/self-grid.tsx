"use client";
// The self-assessment grid of one unit and round. Typed values live in this component's state until
// the server has accepted them: a refused or conflicting save never throws anything away.
import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import type { UnitGrid } from "@/lib/assessment/grid";
import type { LeafSaveResult } from "@/lib/assessment/values";
import { completeness, isSelfScored, selfPoints } from "@/lib/assessment/validation";
import { viDecimal } from "@/lib/assessment/rule-words";
import { buttonClass, secondaryButtonClass } from "@/components/ui/field";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { isDirty, LeafCard, type LeafDraft } from "./leaf-card";

type Leaf = Extract<UnitGrid["rows"][number], { kind: "leaf" }>;
const p2 = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function initial(rows: UnitGrid["rows"]): Record<string, LeafDraft> {
  const out: Record<string, LeafDraft> = {};
  for (const r of rows) {
    if (r.kind !== "leaf" || !isSelfScored(r)) continue;
    const saved = {
      selfValue: viDecimal(r.value?.selfValue),
      notApplicable: r.value?.notApplicable ?? false,
      explanation: r.value?.explanation ?? "",
    };
    out[r.code] = { ...saved, saved, version: r.value?.version ?? 0, evidence: r.evidence };
  }
  return out;
}

export function SelfGrid({ grid, canSubmit }: { grid: UnitGrid; canSubmit: boolean }) {
  const router = useRouter();
  const [drafts, setDrafts] = useState(() => initial(grid.rows));
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const editable = grid.round.editProblem === null;
  const leaves = useMemo(() => grid.rows.filter((r): r is Leaf => r.kind === "leaf"), [grid.rows]);
  const patch = (code: string, p: Partial<LeafDraft>) =>
    setDrafts((all) => ({
      ...all,
      [code]: {
        ...all[code]!,
        ...p,
        ...(("selfValue" in p || "notApplicable" in p || "explanation" in p) && !("error" in p)
          ? { fieldErrors: undefined }
          : {}),
      },
    }));

  const progress = completeness(leaves, drafts);
  const selfTotal = leaves.reduce(
    (s, l) => s + (drafts[l.code] ? (selfPoints(l, drafts[l.code]!) ?? 0) : 0),
    0,
  );
  const dirty = Object.entries(drafts).filter(([, d]) => isDirty(d) || d.conflict);
  useLeaveGuard(dirty.length > 0);

  async function save(): Promise<boolean> {
    if (!dirty.length) return true;
    const items = dirty.map(([code, d]) => ({
      code,
      version: d.conflict ? d.conflict.version : d.version,
      selfValue: d.notApplicable ? d.selfValue || null : d.selfValue.trim() || null,
      notApplicable: d.notApplicable,
      explanation: d.explanation.trim() || null,
    }));
    const res = await fetch("/api/assessment/values", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ roundId: grid.round.id, unitId: grid.unit.id, items }),
    }).catch(() => null);
    const body = res ? await res.json().catch(() => ({})) : {};
    // 409: some leaves were saved meanwhile by someone else; their results say which and with what value
    if (!res || (!res.ok && !Array.isArray(body.results))) {
      setMessage({
        tone: "error",
        text:
          body.error ?? "Không kết nối được máy chủ: chưa lưu. Các giá trị bạn nhập vẫn còn trên màn hình.",
      });
      return false;
    }
    const results: LeafSaveResult[] = body.results;
    setDrafts((all) => {
      const next = { ...all };
      for (const r of results) {
        const d = next[r.code]!;
        next[r.code] = r.ok
          ? {
              ...d,
              version: r.version,
              saved: { selfValue: d.selfValue, notApplicable: d.notApplicable, explanation: d.explanation },
              error: undefined,
              fieldErrors: undefined,
              conflict: undefined,
            }
          : { ...d, error: r.error, fieldErrors: r.fieldErrors, conflict: r.conflict };
      }
      return next;
    });
    const failed = results.filter((r) => !r.ok).length;
    setMessage(
      failed
        ? {
            tone: "error",
            text: `Đã lưu ${results.length - failed} tiêu chí; ${failed} tiêu chí chưa lưu được (xem thông báo ngay tại tiêu chí). Giá trị bạn nhập vẫn được giữ.`,
          }
        : { tone: "ok", text: `Đã lưu nháp ${results.length} tiêu chí.` },
    );
    return failed === 0;
  }

  async function run(task: () => Promise<unknown>) {
    setBusy(true);
    try {
      await task();
    } finally {
      setBusy(false);
    }
  }

  async function submit() {
    if (!(await save())) return;
    if (!window.confirm("Nộp tự đánh giá? Sau khi nộp, đơn vị không thể sửa nữa.")) return;
    const res = await fetch("/api/assessment/submit", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ roundId: grid.round.id, unitId: grid.unit.id }),
    }).catch(() => null);
    const body = res ? await res.json().catch(() => ({})) : {};
    // 409: some leaves were saved meanwhile by someone else; their results say which and with what value
    if (!res || (!res.ok && !Array.isArray(body.results))) {
      const perLeaf: Record<string, string[]> = body.fieldErrors ?? {};
      setDrafts((all) => {
        const next = { ...all };
        for (const [code, msgs] of Object.entries(perLeaf))
          if (next[code]) next[code] = { ...next[code]!, error: msgs.join(" ") };
        return next;
      });
      const first = Object.keys(perLeaf)[0];
      if (first) document.getElementById(`leaf-${first}-value`)?.focus();
      setMessage({ tone: "error", text: body.error ?? "Không nộp được tự đánh giá." });
      return;
    }
    setMessage({ tone: "ok", text: "Đã nộp tự đánh giá." });
    router.refresh();
  }

  function addEvidence(
    code: string,
    e: LeafDraft["evidence"][number],
    v: { valueId: number; version: number },
  ) {
    setDrafts((all) => {
      const d = all[code]!;
      return {
        ...all,
        [code]: { ...d, evidence: [...d.evidence, e], version: d.version === 0 ? v.version : d.version },
      };
    });
  }

  async function removeEvidence(code: string, id: number) {
    if (!window.confirm("Xoá tài liệu kiểm chứng này?")) return;
    const res = await fetch(`/api/assessment/evidence/${id}`, { method: "DELETE" }).catch(() => null);
    if (!res?.ok) {
      const body = res ? await res.json().catch(() => ({})) : {};
      return setMessage({ tone: "error", text: body.error ?? "Không xoá được tài liệu." });
    }
    setDrafts((all) => ({
      ...all,
      [code]: { ...all[code]!, evidence: all[code]!.evidence.filter((e) => e.id !== id) },
    }));
  }

  return (
    <div data-testid="self-grid" data-round-id={grid.round.id} data-unit-id={grid.unit.id}>
      <div className="sticky top-0 z-10 -mx-4 mb-4 border-b border-slate-200 bg-white px-4 py-2 shadow-sm md:-mx-6 md:px-6">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <span data-testid="grid-progress">
            Đã nhập{" "}
            <strong className="num">
              {progress.filled}/{progress.total}
            </strong>{" "}
            tiêu chí
          </span>
          <span>
            Điểm tự chấm:{" "}
            <strong className="num" data-testid="grid-total">
              {p2.format(selfTotal)}
            </strong>
            {leaves.some((l) => l.metric) ? (
              <span className="text-xs text-slate-500"> (chưa gồm tiêu chí tính từ dữ liệu hồ sơ)</span>
            ) : null}
          </span>
          {dirty.length ? <span className="text-amber-700">{dirty.length} thay đổi chưa lưu</span> : null}
          {editable ? (
            <span className="ml-auto flex gap-2">
              <button
                type="button"
                className={secondaryButtonClass}
                disabled={busy || !dirty.length}
                onClick={() => run(save)}
              >
                Lưu nháp
              </button>
              {canSubmit ? (
                <button type="button" className={buttonClass} disabled={busy} onClick={() => run(submit)}>
                  Nộp tự đánh giá
                </button>
              ) : null}
            </span>
          ) : null}
        </div>
        <p
          role="status"
          aria-live="polite"
          className={`mt-1 min-h-5 text-sm ${message?.tone === "error" ? "text-red-700" : "text-green-700"}`}
        >
          {message?.text}
        </p>
      </div>
      <div className="space-y-3">
        {grid.rows.map((r) =>
          r.kind === "group" ? (
            <h2 key={r.code} className={`${r.depth === 0 ? "mt-6 text-lg" : "mt-3 text-base"} font-semibold`}>
              <span className="num text-slate-500">{r.code}</span> {r.name}{" "}
              <span className="num text-sm font-normal text-slate-500">({p2.format(r.max)} điểm)</span>
            </h2>
          ) : (
            <LeafCard
              key={r.code}
              leaf={r}
              draft={drafts[r.code]}
              editable={editable}
              roundId={grid.round.id}
              unitId={grid.unit.id}
              onChange={(p) => patch(r.code, p)}
              onEvidence={(e, v) => addEvidence(r.code, e, v)}
              onRemoveEvidence={(id) => void removeEvidence(r.code, id)}
            />
          ),
        )}
      </div>
    </div>
  );
}
