"use client";
// The appraisal screen of one unit: every leaf the unit scores, side by side with the appraisal;
// leaves from records or the survey are shown for reference only.
import { useState } from "react";
import type { UnitGrid } from "@/lib/assessment/grid";
import { isSelfScored, selfPoints } from "@/lib/assessment/validation";
import { AppraisalRow } from "./appraisal-row";

type Leaf = Extract<UnitGrid["rows"][number], { kind: "leaf" }>;
const p2 = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function AppraisalGrid({ grid }: { grid: UnitGrid }) {
  const own = grid.rows.filter((r): r is Leaf => r.kind === "leaf" && isSelfScored(r));
  const [done, setDone] = useState(() => new Set(own.filter((l) => l.value?.appraisedAt).map((l) => l.code)));
  return (
    <div>
      <p className="mb-3 text-sm" data-testid="appraisal-progress">
        Đã thẩm định{" "}
        <strong className="num">
          {done.size}/{own.length}
        </strong>{" "}
        tiêu chí
      </p>
      <div className="space-y-3">
        {grid.rows.map((r) => {
          if (r.kind === "group")
            return (
              <h2 key={r.code} className={`${r.depth === 0 ? "mt-6 text-lg" : "mt-3"} font-semibold`}>
                <span className="num text-slate-500">{r.code}</span> {r.name}{" "}
                <span className="num text-sm font-normal text-slate-500">({p2.format(r.max)} điểm)</span>
              </h2>
            );
          if (isSelfScored(r))
            return (
              <AppraisalRow
                key={r.code}
                leaf={r}
                roundId={grid.round.id}
                unitId={grid.unit.id}
                onSaved={(c) => setDone((s) => new Set(s).add(c))}
              />
            );
          const figure = r.metric ? r.figure : r.survey;
          const points =
            figure !== null ? selfPoints(r, { selfValue: String(figure), notApplicable: false }) : null;
          return (
            <div key={r.code} className="rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm">
              <span className="num text-slate-500">{r.code}</span> {r.name} · tối đa {p2.format(r.max)} điểm ·{" "}
              {!r.applies
                ? "không áp dụng cho loại đơn vị này"
                : r.metric
                  ? "từ số liệu hồ sơ"
                  : "điều tra xã hội học"}
              {r.applies ? (
                <>
                  :{" "}
                  {figure !== null ? (
                    <>
                      {p2.format(figure)} % → <strong className="num">{p2.format(points ?? 0)}</strong> điểm
                    </>
                  ) : (
                    "chưa có số liệu"
                  )}
                </>
              ) : null}
            </div>
          );
        })}
      </div>
    </div>
  );
}
