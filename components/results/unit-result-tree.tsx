// One unit's result along the criteria tree: groups with achieved / max / index, leaves with the
// value used, its source, points and the points lost.
import { fmt2 } from "@/lib/format";
import { round2 } from "@/lib/scoring";
import type { DetailRow } from "@/lib/results/unit-detail";
import { SOURCE_TONES, valueText } from "./value-text";
import { INPUT_SOURCE_LABELS } from "@/lib/labels";
import { TableScroll } from "@/components/ui/table-scroll";

export function UnitResultTree({ rows }: { rows: DetailRow[] }) {
  return (
    <TableScroll className="rounded border border-slate-200 bg-white">
      <table className="w-full min-w-[48rem] text-sm" data-testid="unit-result-tree">
        <caption className="sr-only">Điểm theo lĩnh vực, tiêu chí và tiêu chí thành phần</caption>
        <thead className="bg-slate-100 text-left text-xs text-slate-600">
          <tr>
            <th scope="col" className="px-2 py-2">
              Mã
            </th>
            <th scope="col" className="px-2 py-2">
              Lĩnh vực, tiêu chí
            </th>
            <th scope="col" className="px-2 py-2">
              Giá trị dùng
            </th>
            <th scope="col" className="px-2 py-2">
              Nguồn
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              Điểm đạt / tối đa
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              Chỉ số / mất
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.code}
              data-code={r.code}
              className={`border-t border-slate-100 align-top ${r.kind === "group" && r.depth === 0 ? "bg-slate-50 font-semibold" : ""} ${r.kind === "leaf" && r.notApplicable ? "text-slate-400" : ""}`}
            >
              <td className="px-2 py-1.5 font-mono text-xs whitespace-nowrap">{r.code}</td>
              <td className="px-2 py-1.5" style={{ paddingLeft: `${0.5 + r.depth * 1.25}rem` }}>
                {r.name}
                {r.kind === "leaf" && r.bonus ? (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900">điểm cộng</span>
                ) : null}
                {r.kind === "leaf" && r.notApplicable ? (
                  <span className="ml-2 rounded bg-slate-100 px-1.5 text-xs text-slate-600">
                    không áp dụng
                  </span>
                ) : null}
                {r.kind === "leaf" && r.error ? (
                  <span className="mt-0.5 block text-xs text-red-800">{r.error}</span>
                ) : null}
              </td>
              {r.kind === "group" ? (
                <>
                  <td className="px-2 py-1.5" />
                  <td className="px-2 py-1.5" />
                  <td className="num px-2 py-1.5 text-right whitespace-nowrap">
                    {fmt2(round2(r.achieved))} / {fmt2(round2(r.max))}
                  </td>
                  <td className="num px-2 py-1.5 text-right">
                    {fmt2(r.index === null ? null : round2(r.index))}
                  </td>
                </>
              ) : (
                <>
                  <td className="px-2 py-1.5 whitespace-nowrap">
                    {r.notApplicable ? "—" : valueText(r.value, r.ruleType, r.metric)}
                    {!r.notApplicable &&
                    r.source !== "self" &&
                    r.selfValue !== null &&
                    String(r.selfValue) !== String(r.value) ? (
                      <span className="block text-xs text-slate-500">
                        tự đánh giá: {valueText(r.selfValue, r.ruleType, r.metric)}
                      </span>
                    ) : null}
                  </td>
                  <td className="px-2 py-1.5">
                    {r.notApplicable ? null : (
                      <span
                        className={`rounded px-1.5 py-0.5 text-xs whitespace-nowrap ring-1 ${SOURCE_TONES[r.source]}`}
                      >
                        {INPUT_SOURCE_LABELS[r.source]}
                      </span>
                    )}
                  </td>
                  <td className="num px-2 py-1.5 text-right whitespace-nowrap">
                    {r.notApplicable ? "—" : `${fmt2(r.points)} / ${fmt2(r.max)}`}
                  </td>
                  <td className="num px-2 py-1.5 text-right text-red-800">
                    {r.lost > 0 ? `−${fmt2(r.lost)}` : ""}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
