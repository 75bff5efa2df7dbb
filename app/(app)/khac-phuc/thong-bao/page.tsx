import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { scopedUnitIds } from "@/lib/queries/scope";
import { vnDayString } from "@/lib/cases/dates";
import { fmtInt } from "@/lib/format";
import { bellItems } from "@/lib/remediation/bell";
import { PageHeader } from "@/components/ui/page-header";
import { FollowUpTabs } from "@/components/remediation/follow-up-tabs";
import { ItemListTable } from "@/components/remediation/item-list-table";

export const metadata: Metadata = { title: "Thông báo khắc phục" };

export default async function NotificationsPage() {
  const user = await requirePermission("remediation:read");
  const unitIds = scopedUnitIds(user, "remediation:read");
  const items = await bellItems(unitIds, vnDayString(new Date()));
  const sections = [
    { id: "qua-han", title: "Quá hạn", rows: items.overdue, empty: "Không có mục nào quá hạn." },
    {
      id: "sap-den-han",
      title: "Đến hạn trong 7 ngày tới",
      rows: items.dueSoon,
      empty: "Không có mục nào sắp đến hạn.",
    },
    {
      id: "cho-xac-nhan",
      title: "Đã hoàn thành, chờ xác nhận",
      rows: items.awaitingVerification,
      empty: "Không có mục nào chờ xác nhận.",
    },
  ];
  return (
    <>
      <PageHeader
        title="Thông báo khắc phục"
        description={
          unitIds !== null && user.unitName
            ? `Các mục khắc phục của ${user.unitName} cần chú ý`
            : "Các mục khắc phục cần chú ý"
        }
      />
      {unitIds === null ? <FollowUpTabs current="/khac-phuc/thong-bao" /> : null}
      {sections.map((s) => (
        <section key={s.id} id={s.id} className="mb-8" aria-labelledby={`${s.id}-title`}>
          <h2 id={`${s.id}-title`} className="mb-2 text-lg font-semibold">
            {s.title} ({fmtInt(s.rows.length)})
          </h2>
          <ItemListTable items={s.rows} empty={s.empty} testId={`bell-${s.id}`} />
        </section>
      ))}
    </>
  );
}
