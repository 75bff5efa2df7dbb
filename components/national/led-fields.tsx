// On a department's profile: the national index fields it leads (issue 13, item 3), with the latest
// result and the change since the year before.
import { fmt2, fmtDelta } from "@/lib/format";
import type { fieldsLedBy } from "@/lib/national/standing";
import { TableScroll } from "@/components/ui/table-scroll";

export function LedFields({ rows }: { rows: ReturnType<typeof fieldsLedBy> }) {
  if (!rows.length) return null;
  return (
    <section className="mt-8" aria-labelledby="led-fields" data-testid="led-fields">
      <h2 id="led-fields" className="text-lg font-semibold">
        Lĩnh vực chỉ số quốc gia do đơn vị chủ trì
      </h2>
      <TableScroll label="Lĩnh vực chỉ số quốc gia do đơn vị chủ trì">
        <table className="mt-2 w-full rounded-lg border border-slate-200 bg-white text-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              {["Chỉ số", "Lĩnh vực", "Năm", "Đạt / tối đa", "Mất", "So với năm trước"].map((h) => (
                <th key={h} scope="col" className="p-2">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((f) => (
              <tr key={`${f.index}-${f.fieldCode}`} className="border-t border-slate-100">
                <td className="p-2">{f.indexShort}</td>
                <th scope="row" className="p-2 text-left font-normal">
                  {f.fieldCode}. {f.fieldName}
                </th>
                <td className="num p-2">{f.year ?? "—"}</td>
                <td className="num p-2">
                  {f.score === null || f.max === null ? "—" : `${fmt2(f.score)} / ${fmt2(f.max)}`}
                </td>
                <td className="num p-2">{f.lost === null ? "—" : fmt2(f.lost)}</td>
                <td className="num p-2">{f.change === null ? "—" : fmtDelta(f.change)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
