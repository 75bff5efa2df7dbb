import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import Link from "next/link";
import { NATIONAL_INDICES, NATIONAL_INDEX_KEYS, isNationalIndex } from "@/lib/national/indices";
import { fieldLosses, indexTrends, rankMove, rankText } from "@/lib/national/standing";
import { fieldLeads, leadCandidates, nationalResults } from "@/lib/national/store";
import { fmt2, fmtDelta } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { TableScroll } from "@/components/ui/table-scroll";
import { NationalResultForm } from "@/components/national/result-form";
import { LeadsForm } from "@/components/national/leads-form";

export const metadata: Metadata = { title: "Chỉ số quốc gia của tỉnh" };

/** The province's standing in the national indices (issue 13, item 3): trends, fields that lost most, their lead departments. */
export default async function NationalStandingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePermission("national:read");
  const [results, leads] = await Promise.all([nationalResults(), fieldLeads()]);
  const trends = indexTrends(results);
  const losses = fieldLosses(results, leads);
  const manage = can(user, "national:manage");
  const units = manage ? await leadCandidates() : [];
  const thisYear = new Date().getFullYear();
  const asked = (await searchParams).chi_so;
  const chosen = isNationalIndex(asked) ? asked : "PAR_INDEX";
  const info = NATIONAL_INDICES[chosen];
  const chosenLeads = Object.fromEntries(
    leads
      .filter((l) => l.index === chosen)
      .map((l) => [l.fieldCode, units.find((u) => u.code === l.unitCode)?.id ?? 0]),
  );
  return (
    <>
      <PageHeader
        title="Chỉ số quốc gia của tỉnh"
        description="Kết quả của tỉnh trong các chỉ số do Trung ương công bố (PAR INDEX, SIPAS, QĐ 766 …): điểm, thứ hạng trên số tỉnh, thành phố (63 trước 2025, 34 từ 2025) và lĩnh vực bị mất điểm nhiều nhất."
      />
      {trends.length ? (
        trends.map((t) => (
          <section key={t.index} className="mt-6" aria-labelledby={`trend-${t.index}`}>
            <h2 id={`trend-${t.index}`} className="text-lg font-semibold">
              {t.label}
            </h2>
            <TableScroll label={`${t.short} qua các năm`}>
              <table
                className="mt-2 w-full rounded-lg border border-slate-200 bg-white text-sm"
                data-testid={`trend-${t.index}`}
              >
                <thead className="bg-slate-100 text-left">
                  <tr>
                    {["Năm", `Điểm (${t.unit})`, "Thay đổi", "Xếp hạng", "Thứ hạng so với năm trước"].map(
                      (h) => (
                        <th key={h} scope="col" className="p-2">
                          {h}
                        </th>
                      ),
                    )}
                  </tr>
                </thead>
                <tbody>
                  {t.points.map((p) => (
                    <tr key={p.year} className="border-t border-slate-100">
                      <th scope="row" className="num p-2 text-left font-normal">
                        {p.year}
                      </th>
                      <td className="num p-2">{fmt2(p.score)}</td>
                      <td className="num p-2">{p.scoreChange === null ? "—" : fmtDelta(p.scoreChange)}</td>
                      <td className="num p-2">{rankText(p.rank, p.outOf)}</td>
                      <td className="p-2">{rankMove(p.rankChange)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
        ))
      ) : (
        <p className="mt-6 text-slate-700">Chưa có kết quả chỉ số quốc gia nào được nhập.</p>
      )}
      {losses.length ? (
        <section className="mt-8" aria-labelledby="field-losses">
          <h2 id="field-losses" className="text-lg font-semibold">
            Lĩnh vực mất điểm nhiều nhất (năm gần nhất của từng chỉ số)
          </h2>
          <TableScroll label="Lĩnh vực mất điểm nhiều nhất">
            <table
              className="mt-2 w-full rounded-lg border border-slate-200 bg-white text-sm"
              data-testid="field-losses"
            >
              <thead className="bg-slate-100 text-left">
                <tr>
                  {[
                    "Chỉ số",
                    "Năm",
                    "Lĩnh vực",
                    "Đạt / tối đa",
                    "Mất",
                    "So với năm trước",
                    "Đơn vị chủ trì",
                  ].map((h) => (
                    <th key={h} scope="col" className="p-2">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {losses.map((f) => (
                  <tr key={`${f.index}-${f.fieldCode}`} className="border-t border-slate-100">
                    <td className="p-2">{f.indexShort}</td>
                    <td className="num p-2">{f.year}</td>
                    <th scope="row" className="p-2 text-left font-normal">
                      {f.fieldCode}. {f.fieldName}
                    </th>
                    <td className="num p-2">
                      {fmt2(f.score)} / {fmt2(f.max)}
                    </td>
                    <td className="num p-2">{fmt2(f.lost)}</td>
                    <td className="num p-2">{f.change === null ? "—" : fmtDelta(f.change)}</td>
                    <td className="p-2">{f.lead?.name ?? "chưa phân công"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ) : null}
      {manage ? (
        <section className="mt-8" aria-labelledby="national-input">
          <h2 id="national-input" className="text-lg font-semibold">
            Nhập kết quả và phân công đơn vị chủ trì
          </h2>
          <p className="mb-2 text-sm text-slate-600">
            Nhập lại cùng năm sẽ thay kết quả cũ (ghi nhật ký). Điểm QĐ 766 chính thức theo tháng nhập bằng
            tệp: <code>npm run cchc -- import qd766</code>.
          </p>
          <nav aria-label="Chọn chỉ số để nhập" className="mb-3 flex flex-wrap gap-2 text-sm">
            {NATIONAL_INDEX_KEYS.map((k) => (
              <Link
                key={k}
                href={`/chi-so-quoc-gia?chi_so=${k}#national-input`}
                aria-current={k === chosen ? "page" : undefined}
                className={`rounded border px-3 py-1 ${k === chosen ? "border-brand-700 bg-brand-50 font-medium" : "border-slate-300"}`}
              >
                {NATIONAL_INDICES[k].short}
              </Link>
            ))}
          </nav>
          <div className="grid gap-3">
            <NationalResultForm key={chosen} info={info} year={thisYear - 1} />
            {info.fields.length ? (
              <LeadsForm key={`leads-${chosen}`} info={info} leads={chosenLeads} units={units} />
            ) : null}
          </div>
        </section>
      ) : null}
    </>
  );
}
