import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { scopedUnitIds } from "@/lib/queries/scope";
import { vnDayString } from "@/lib/cases/dates";
import { effectiveness } from "@/lib/remediation/follow-up";
import { followUpYear } from "@/lib/remediation/plan-page";
import { PageHeader } from "@/components/ui/page-header";
import { YearPicker } from "@/components/cases/year-picker";
import { FollowUpTabs } from "@/components/remediation/follow-up-tabs";
import { EffectivenessTable } from "@/components/remediation/effectiveness-table";

export const metadata: Metadata = { title: "Hiệu quả khắc phục" };

export default async function EffectivenessPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePermission("remediation:read");
  const unitIds = scopedUnitIds(user, "remediation:read");
  const today = vnDayString(new Date());
  const year = await followUpYear((await searchParams).nam, unitIds, today);
  const rows = await effectiveness(year, unitIds);
  const current = Number(today.slice(0, 4));
  return (
    <>
      <PageHeader
        title={`Hiệu quả khắc phục năm ${year}`}
        description={`Điểm của từng tiêu chí đã khắc phục: năm ${year + 1} so với năm ${year} (theo kết quả đã công bố)`}
        actions={<YearPicker years={Array.from({ length: 6 }, (_, i) => current - i)} year={year} />}
      />
      <FollowUpTabs current="/khac-phuc/hieu-qua" year={year} />
      <EffectivenessTable rows={rows} year={year} />
    </>
  );
}
