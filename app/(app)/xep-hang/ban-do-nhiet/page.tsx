import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { rankingRounds } from "@/lib/queries/reports/ranking-rounds";
import { rankingData } from "@/lib/queries/reports/rankings";
import { pickRound } from "@/lib/reports/pick-round";
import { groupLabel } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { secondaryButtonClass } from "@/components/ui/field";
import { RankingFilters } from "@/components/reports/ranking-filters";
import { HeatmapTable } from "@/components/reports/heatmap-table";
import { FieldList } from "@/components/reports/field-list";
import { IndexLegend } from "@/components/reports/index-legend";
import { ProvisionalNote, ResultSource } from "@/components/reports/result-source";
import { PrintButton } from "@/components/reports/print-button";
import { PrintHeader, SignatureBlock } from "@/components/reports/print-parts";

export const metadata: Metadata = { title: "Bản đồ nhiệt chỉ số thành phần" };

export default async function HeatmapPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePermission("rankings:read");
  const rounds = await rankingRounds();
  const pick = pickRound(await searchParams, rounds);
  const data = pick ? await rankingData(pick.year, pick.group) : null;
  if (!pick || !data)
    return (
      <>
        <PageHeader title="Bản đồ nhiệt chỉ số thành phần" />
        <p className="text-slate-600">Chưa có đợt đánh giá nào.</p>
      </>
    );
  const published = (y: number, g: string) => rounds.published.some((p) => p.year === y && p.group === g);
  return (
    <>
      <style>{"@media print { @page { size: A4 landscape; } }"}</style>
      <PrintHeader
        title={`Chỉ số thành phần theo lĩnh vực năm ${data.year}${data.kind === "live" ? " (tạm tính)" : ""}`}
        subtitle={groupLabel(data.group)}
      />
      <PageHeader
        title={`Bản đồ nhiệt chỉ số thành phần năm ${data.year}`}
        description={
          <>
            {groupLabel(data.group)} · <ResultSource data={data} />
          </>
        }
        actions={
          <>
            <Link href={`/xep-hang?nam=${data.year}&khoi=${data.group}`} className={secondaryButtonClass}>
              Bảng xếp hạng
            </Link>
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
      />
      {data.kind === "live" ? <ProvisionalNote /> : null}
      <p className="mb-2 text-sm text-slate-700">
        Mỗi ô là chỉ số thành phần (điểm đạt ÷ điểm tối đa × 100) của một đơn vị ở một lĩnh vực; màu chỉ nhắc
        lại mức của số trong ô.
      </p>
      <div className="mb-3">
        <IndexLegend />
      </div>
      <HeatmapTable data={data} />
      <FieldList fields={data.fields} />
      <SignatureBlock />
    </>
  );
}
