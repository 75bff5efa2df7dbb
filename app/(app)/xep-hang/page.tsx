import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { scopeOf } from "@/lib/auth/permissions";
import { rankingRounds } from "@/lib/queries/reports/ranking-rounds";
import { rankingData } from "@/lib/queries/reports/rankings";
import { pickRound } from "@/lib/reports/pick-round";
import { filterRankingRows, parseRankingQuery, sortRankingRows } from "@/lib/reports/ranking-table";
import { classificationTone } from "@/lib/reports/colour-scale";
import { fmt2, fmtDate } from "@/lib/format";
import { groupLabel } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { secondaryButtonClass } from "@/components/ui/field";
import { RankingFilters } from "@/components/reports/ranking-filters";
import { RankingTable } from "@/components/reports/ranking-table";
import { RankingChart } from "@/components/reports/ranking-chart";
import { ChartTable } from "@/components/reports/chart-table";
import { FieldList } from "@/components/reports/field-list";
import { IndexLegend } from "@/components/reports/index-legend";
import { ProvisionalNote, ResultSource } from "@/components/reports/result-source";
import { PrintButton } from "@/components/reports/print-button";
import { PrintHeader, SignatureBlock } from "@/components/reports/print-parts";

export const metadata: Metadata = { title: "Xếp hạng" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function RankingsPage({ searchParams }: { searchParams: Search }) {
  const user = await requirePermission("rankings:read");
  const sp = await searchParams;
  const rounds = await rankingRounds();
  const pick = pickRound(sp, rounds);
  const data = pick ? await rankingData(pick.year, pick.group) : null;
  if (!pick || !data)
    return (
      <>
        <PageHeader title="Xếp hạng chỉ số CCHC" />
        <p className="text-slate-600">Chưa có đợt đánh giá nào.</p>
      </>
    );

  const query = parseRankingQuery(
    sp,
    data.fields.map((f) => f.code),
  );
  const rows = sortRankingRows(filterRankingRows(data.rows, query), query.sort, query.dir);
  const units = scopeOf(user, "units:read");
  const linkable = (code: string) => units !== null && ("all" in units || code === user.unitCode);
  const base = {
    nam: String(data.year),
    khoi: data.group,
    ...(query.classification ? { xep_loai: query.classification } : {}),
    ...(query.q ? { q: query.q } : {}),
  };
  const published = (y: number, g: string) => rounds.published.some((p) => p.year === y && p.group === g);
  const title = `Xếp hạng chỉ số CCHC năm ${data.year}`;
  const ranked = data.rows.filter((r) => r.index !== null);
  return (
    <>
      <style>{"@media print { @page { size: A4 landscape; } }"}</style>
      <PrintHeader
        title={`Bảng xếp hạng chỉ số CCHC năm ${data.year}${data.kind === "live" ? " (tạm tính)" : ""}`}
        subtitle={groupLabel(data.group)}
      />
      <PageHeader
        title={title}
        description={
          <>
            {groupLabel(data.group)} · <ResultSource data={data} />
          </>
        }
        actions={
          <>
            <Link
              href={`/xep-hang/ban-do-nhiet?nam=${data.year}&khoi=${data.group}`}
              className={secondaryButtonClass}
            >
              Bản đồ nhiệt
            </Link>
            <a
              href={`/xep-hang/xuat-excel?nam=${data.year}&khoi=${encodeURIComponent(data.group)}`}
              className={`${secondaryButtonClass} self-end`}
              download
            >
              Tải Excel
            </a>
            <PrintButton />
          </>
        }
      />
      <RankingFilters
        years={rounds.years}
        groups={rounds.groups}
        year={data.year}
        group={data.group}
        published={published}
        filters={{ query, classifications: data.bands.map((b) => b.label) }}
      />
      {data.kind === "live" ? <ProvisionalNote /> : null}
      <p className="mb-2 text-sm text-slate-700" aria-live="polite">
        {rows.length === data.rows.length
          ? `${data.rows.length} đơn vị`
          : `${rows.length}/${data.rows.length} đơn vị khớp bộ lọc`}{" "}
        · bình quân khối {fmt2(data.average.index)}
      </p>
      <RankingTable
        data={data}
        rows={rows}
        query={query}
        baseParams={base}
        linkable={linkable}
        ownCode={units && "unitId" in units ? user.unitCode : null}
      />
      <div className="mt-3 flex flex-col gap-2 lg:flex-row lg:items-start lg:justify-between">
        <FieldList fields={data.fields} />
        <div>
          <p className="mb-1 text-xs text-slate-600">Màu ô chỉ số thành phần:</p>
          <IndexLegend />
        </div>
      </div>

      {/* not printed: the league table above carries the same figures and is the record */}
      <section className="no-print mt-8" aria-labelledby="bieu-do">
        <h2 id="bieu-do" className="mb-2 text-lg font-semibold">
          Biểu đồ chỉ số theo đơn vị
        </h2>
        <figure className="rounded-lg border border-slate-200 bg-white p-3">
          <figcaption className="mb-2 text-sm text-slate-600">
            Chỉ số CCHC năm {data.year}, tô màu theo xếp loại; đường đứt nét là bình quân khối. Số liệu trong
            bảng dưới biểu đồ.
          </figcaption>
          <RankingChart
            average={data.average.index}
            bars={ranked.map((r) => ({
              name: r.name,
              index: r.index!,
              classification: r.classification ?? "—",
              colour: classificationTone(r.classification, data.bands).mark,
            }))}
          />
          <ChartTable
            id="bang-bieu-do-xep-hang"
            caption={`Chỉ số CCHC năm ${data.year} theo đơn vị`}
            head={["Đơn vị", "Hạng", "Chỉ số", "Xếp loại"]}
            rows={ranked.map((r) => [r.name, r.rank ?? "—", fmt2(r.index), r.classification ?? "—"])}
          />
        </figure>
      </section>
      {data.publishedAt ? (
        <p className="print-only mt-4 text-xs">Kết quả công bố ngày {fmtDate(data.publishedAt)}.</p>
      ) : null}
      <SignatureBlock />
    </>
  );
}
