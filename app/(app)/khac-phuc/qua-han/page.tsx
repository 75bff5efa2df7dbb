import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { scopedUnitIds } from "@/lib/queries/scope";
import { vnDayString } from "@/lib/cases/dates";
import { fmtDate } from "@/lib/format";
import { overdueItems } from "@/lib/remediation/follow-up";
import { PageHeader } from "@/components/ui/page-header";
import { FollowUpTabs } from "@/components/remediation/follow-up-tabs";
import { ItemListTable } from "@/components/remediation/item-list-table";

export const metadata: Metadata = { title: "Mục khắc phục quá hạn" };

export default async function OverduePage() {
  const user = await requirePermission("remediation:read");
  const today = vnDayString(new Date());
  const items = await overdueItems(scopedUnitIds(user, "remediation:read"), today);
  return (
    <>
      <PageHeader
        title="Mục khắc phục quá hạn"
        description={`Quá thời hạn mà chưa hoàn thành, tính đến ngày ${fmtDate(today)}`}
      />
      <FollowUpTabs current="/khac-phuc/qua-han" />
      <ItemListTable items={items} empty="Không có mục nào quá hạn." testId="overdue" />
    </>
  );
}
