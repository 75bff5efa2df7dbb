// The latest web imports with where each stands: a reload, or a server that restarted, never leaves
// the page without an answer (issue 17).
import type { RecentImport } from "@/lib/cases/import-job";
import { fmtDateTime, fmtInt } from "@/lib/format";
import { TableScroll } from "@/components/ui/table-scroll";
import { IMPORT_STATUS_LABELS } from "@/lib/labels";

export function RecentImports({ jobs }: { jobs: RecentImport[] }) {
  if (!jobs.length) return null;
  return (
    <section className="mt-6" aria-labelledby="lan-nhap-gan-day">
      <h2 id="lan-nhap-gan-day" className="mb-2 font-semibold">
        Các lần nhập gần đây
      </h2>
      <TableScroll label="Các lần nhập gần đây">
        <table
          className="w-full rounded-lg border border-slate-200 bg-white text-sm"
          data-testid="recent-imports"
        >
          <thead className="bg-slate-100 text-left">
            <tr>
              {["Tệp", "Người nhập", "Bắt đầu", "Kết thúc", "Trạng thái", "Số dòng"].map((h) => (
                <th key={h} scope="col" className="p-2">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {jobs.map((j) => (
              <tr key={j.id} className="border-t border-slate-100">
                <th scope="row" className="p-2 text-left font-normal">
                  {j.fileName}
                </th>
                <td className="p-2">{j.by}</td>
                <td className="num p-2">{fmtDateTime(j.createdAt)}</td>
                <td className="num p-2">{j.finishedAt ? fmtDateTime(j.finishedAt) : "—"}</td>
                <td className="p-2">
                  {IMPORT_STATUS_LABELS[j.status] ?? j.status}
                  {j.status === "failed" ? (
                    <>
                      {" "}
                      ·{" "}
                      <a className="underline" href={`/api/cases/import/${j.id}/errors`} download>
                        báo cáo {fmtInt(j.errorCount)} lỗi
                      </a>
                    </>
                  ) : null}
                  {j.status === "error" && j.message ? (
                    <p className="text-xs text-red-700">{j.message}</p>
                  ) : null}
                </td>
                <td className="num p-2">{fmtInt(j.processed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
