import Link from "next/link";
import type { LateCase } from "@/lib/queries/cases/late-cases";
import type { LateFilter } from "@/lib/queries/cases/dashboard";
import { fmtDate, fmtDateTime, fmtInt } from "@/lib/format";
import { APOLOGY_FILTERS, CHANNEL_LABELS, LEVEL_LABELS, channelLabel } from "@/lib/labels";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";
import { TableScroll } from "@/components/ui/table-scroll";

/** GET form: the filters stay in the address, so a filtered list can be bookmarked and shared. */
export function LateCasesFilter({
  f,
  fields,
  showLevel,
}: {
  f: LateFilter;
  fields: string[];
  showLevel: boolean;
}) {
  return (
    <form
      noValidate
      method="get"
      className="mb-3 flex flex-wrap items-end gap-3 text-sm"
      aria-label="Lọc hồ sơ trễ hạn"
    >
      <input type="hidden" name="nam" value={f.nam} />
      <input type="hidden" name="xem" value="tre-han" />
      {showLevel ? (
        <label className="block">
          Cấp
          <select name="cap" defaultValue={f.cap ?? ""} className={inputClass}>
            <option value="">Tất cả</option>
            {Object.entries(LEVEL_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="block">
        Lĩnh vực
        <select name="linh_vuc" defaultValue={f.linh_vuc ?? ""} className={inputClass}>
          <option value="">Tất cả</option>
          {fields.map((x) => (
            <option key={x} value={x}>
              {x}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        Kênh
        <select name="kenh" defaultValue={f.kenh ?? ""} className={inputClass}>
          <option value="">Tất cả</option>
          {Object.entries(CHANNEL_LABELS).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        Thư xin lỗi
        <select name="thu" defaultValue={f.thu ?? ""} className={inputClass}>
          <option value="">Tất cả</option>
          {Object.entries(APOLOGY_FILTERS).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <button className={secondaryButtonClass}>Lọc</button>
    </form>
  );
}

export function LateCasesTable({
  rows,
  total,
  page,
  pageSize,
  f,
}: {
  rows: LateCase[];
  total: number;
  page: number;
  pageSize: number;
  f: LateFilter;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) =>
    `?${new URLSearchParams({ ...Object.fromEntries(Object.entries(f).filter(([, v]) => v)), trang: String(p) }).toString()}#tre-han`;
  return (
    <>
      <TableScroll className="rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <caption className="sr-only">Hồ sơ trễ hạn và thư xin lỗi</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th className="p-2">Mã hồ sơ</th>
              <th className="p-2">Đơn vị</th>
              <th className="p-2">Lĩnh vực</th>
              <th className="p-2">Kênh</th>
              <th className="p-2">Hẹn trả</th>
              <th className="p-2">Kết thúc xử lý</th>
              <th className="p-2 text-right">Trễ (ngày)</th>
              <th className="p-2">Thư xin lỗi</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} className="border-t border-slate-100">
                <td className="p-2 font-mono text-xs">{r.code}</td>
                <td className="p-2">{r.unitName}</td>
                <td className="p-2">{r.procedureField ?? "—"}</td>
                <td className="p-2">{channelLabel(r.channel)}</td>
                <td className="p-2">
                  {fmtDate(r.dueDay)}
                  {r.supplementCount > 1 ? (
                    <span className="ml-1 text-xs text-amber-700">({r.supplementCount} lần bổ sung)</span>
                  ) : null}
                </td>
                <td className="p-2">{fmtDateTime(r.finishedAt)}</td>
                <td className="num p-2 text-right">{fmtInt(r.daysLate)}</td>
                <td className="p-2">
                  {r.apologyLetterAt ? (
                    <span className={r.apologyInTime ? "text-green-700" : "text-amber-700"}>
                      {fmtDate(r.apologyLetterAt)} · {r.apologyInTime ? "đúng hạn" : "không đúng hạn"}
                    </span>
                  ) : (
                    <span className="text-red-700">Chưa gửi</span>
                  )}
                </td>
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={8} className="p-4 text-slate-500">
                  Không có hồ sơ trễ hạn phù hợp.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </TableScroll>
      <nav className="mt-2 flex items-center gap-3 text-sm" aria-label="Phân trang">
        <span>
          {fmtInt(total)} hồ sơ · trang {page}/{pages}
        </span>
        {page > 1 ? (
          <Link className="text-brand-700 underline" href={href(page - 1)}>
            Trang trước
          </Link>
        ) : null}
        {page < pages ? (
          <Link className="text-brand-700 underline" href={href(page + 1)}>
            Trang sau
          </Link>
        ) : null}
      </nav>
    </>
  );
}
