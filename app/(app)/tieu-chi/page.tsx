import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { criteriaSetList } from "@/lib/criteria/queries";
import { groupLabel } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { CriteriaSetList } from "@/components/criteria/set-list";
import { CopySetForm } from "@/components/criteria/copy-set-form";
import { ImportSetForm } from "@/components/criteria/import-set-form";

export const metadata: Metadata = { title: "Bộ tiêu chí" };

export default async function CriteriaSetsPage() {
  const user = await requirePermission("criteria:read");
  const sets = await criteriaSetList();
  const manage = can(user, "criteria:manage");
  return (
    <>
      <PageHeader
        title="Bộ tiêu chí"
        description="Bộ tiêu chí chấm điểm Chỉ số CCHC theo năm, khối và phiên bản. Bộ tiêu chí đã dùng trong đợt đánh giá đang mở không bị sửa: lưu thay đổi sẽ tạo phiên bản mới."
      />
      <CriteriaSetList sets={sets} manage={manage} />
      {manage ? (
        <div className="no-print mt-6 grid gap-4 md:grid-cols-2">
          <CopySetForm
            sources={sets.map((s) => ({
              id: s.id,
              year: s.year,
              label: `${s.year} · ${groupLabel(s.group)} · v${s.version}`,
            }))}
          />
          <ImportSetForm />
        </div>
      ) : null}
    </>
  );
}
