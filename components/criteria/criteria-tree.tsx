// A criteria set as a read-only tree: code, name, max per node (groups: the sum of their
// children), the rule of each leaf, its metric, applies-to and bonus flag.
import { fmt2 } from "@/lib/format";
import { UNIT_TYPE_LABELS, metricLabel } from "@/lib/labels";
import type { CriteriaNodeJson } from "@/lib/criteria/store";
import { nodeTotals, tidy } from "@/lib/criteria/totals";
import { ruleSummary } from "./rule-summary";
import { TableScroll } from "@/components/ui/table-scroll";

function rows(nodes: CriteriaNodeJson[], depth: number): React.ReactNode[] {
  return nodes.flatMap((node) => {
    const group = Boolean(node.children?.length);
    const t = nodeTotals(node);
    const row = (
      <tr
        key={node.code}
        className={`border-t border-slate-100 ${depth === 0 ? "bg-slate-50 font-semibold" : ""}`}
      >
        <td className="px-2 py-1.5 font-mono text-xs whitespace-nowrap">{node.code}</td>
        <td className="px-2 py-1.5" style={{ paddingLeft: `${0.5 + depth * 1.25}rem` }}>
          {node.name}
          {node.bonus ? (
            <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs font-normal text-amber-900">
              điểm cộng
            </span>
          ) : null}
        </td>
        <td className="num px-2 py-1.5 text-right">
          {group ? fmt2(tidy(t.max)) : fmt2(node.max ?? 0)}
          {group && t.bonus ? (
            <span className="block text-xs font-normal text-slate-500">+{fmt2(tidy(t.bonus))} cộng</span>
          ) : null}
        </td>
        <td className="px-2 py-1.5 text-xs font-normal text-slate-700">
          {group ? null : ruleSummary(node.rule)}
          {node.metric ? (
            <span className="mt-0.5 block text-brand-700">Từ dữ liệu: {metricLabel(node.metric)}</span>
          ) : null}
          {node.appliesTo?.length ? (
            <span className="mt-0.5 block text-slate-500">
              Áp dụng: {node.appliesTo.map((u) => UNIT_TYPE_LABELS[u] ?? u).join(", ")}
            </span>
          ) : null}
        </td>
      </tr>
    );
    return group ? [row, ...rows(node.children!, depth + 1)] : [row];
  });
}

export function CriteriaTree({ fields }: { fields: CriteriaNodeJson[] }) {
  return (
    <TableScroll className="rounded border border-slate-200 bg-white">
      <table className="w-full min-w-[36rem] text-sm">
        <thead className="bg-slate-100 text-left text-xs text-slate-600">
          <tr>
            <th className="px-2 py-2">Mã</th>
            <th className="px-2 py-2">Lĩnh vực, tiêu chí</th>
            <th className="px-2 py-2 text-right">Điểm tối đa</th>
            <th className="px-2 py-2">Cách chấm</th>
          </tr>
        </thead>
        <tbody>{rows(fields, 0)}</tbody>
      </table>
    </TableScroll>
  );
}
