import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { scopedUnitIds } from "@/lib/queries/scope";
import { inspectionList, teamChoices } from "@/lib/inspections/queries";
import { PageHeader } from "@/components/ui/page-header";
import { InspectionTable } from "@/components/inspections/inspection-table";
import { InspectionForm } from "@/components/inspections/inspection-form";
import { unitChoices } from "@/lib/units/queries";

export const metadata: Metadata = { title: "Kiểm tra CCHC" };

export default async function InspectionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePermission("inspections:read");
  const writer = can(user, "inspections:write");
  const [rows, units, team] = await Promise.all([
    inspectionList(scopedUnitIds(user, "inspections:read")),
    writer ? unitChoices() : [],
    writer ? teamChoices() : [],
  ]);
  return (
    <>
      <PageHeader
        title="Kiểm tra công tác CCHC"
        description={
          scopedUnitIds(user, "inspections:read") !== null && user.unitName
            ? `Các cuộc kiểm tra tại ${user.unitName} và tồn tại, hạn chế cần khắc phục`
            : "Các cuộc kiểm tra, đoàn kiểm tra và tồn tại, hạn chế đã ghi nhận"
        }
      />
      {(await searchParams).da_xoa === "1" ? (
        <p
          role="status"
          className="mb-4 rounded border border-green-200 bg-green-50 p-3 text-sm text-green-800"
        >
          Đã xoá cuộc kiểm tra (ghi nhật ký).
        </p>
      ) : null}
      {writer ? (
        <details className="mb-6" open={rows.length === 0}>
          <summary className="mb-2 cursor-pointer text-lg font-semibold">Lập cuộc kiểm tra</summary>
          <InspectionForm units={units} team={team} me={user.id} />
        </details>
      ) : null}
      <InspectionTable rows={rows} />
    </>
  );
}
