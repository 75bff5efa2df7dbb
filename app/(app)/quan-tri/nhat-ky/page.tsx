import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { auditEntries } from "@/lib/audit/queries";
import { AUDIT_ENTITY_OPTIONS } from "@/lib/audit/labels";
import { PageHeader } from "@/components/ui/page-header";
import { AuditTable } from "@/components/admin/audit-table";
import { inputClass, buttonClass } from "@/components/ui/field";
import { unitChoices } from "@/lib/units/queries";
import { parseId } from "@/lib/ids";

export const metadata: Metadata = { title: "Nhật ký thay đổi" };

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePermission("audit:read");
  const sp = await searchParams;
  const units = await unitChoices();
  const unitId = parseId(sp.donVi) ?? undefined;
  const entries = await auditEntries({
    unitId: Number.isFinite(unitId) ? unitId : undefined,
    criterionCode: sp.tieuChi || undefined,
    entity: sp.doiTuong || undefined,
  });
  return (
    <>
      <PageHeader
        title="Nhật ký thay đổi"
        description="Mọi thay đổi điểm, tài liệu, trạng thái và mọi truy cập bị từ chối: ai, khi nào, giá trị cũ, giá trị mới, lý do"
      />
      <form noValidate className="no-print mb-4 flex flex-wrap items-end gap-3" method="get">
        <label className="text-sm">
          Đơn vị
          <select name="donVi" defaultValue={sp.donVi ?? ""} className={inputClass}>
            <option value="">Tất cả</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Mã tiêu chí
          <input
            name="tieuChi"
            defaultValue={sp.tieuChi ?? ""}
            className={inputClass}
            placeholder="vd. 3.2"
          />
        </label>
        <label className="text-sm">
          Loại đối tượng
          <select name="doiTuong" defaultValue={sp.doiTuong ?? ""} className={inputClass}>
            <option value="">Tất cả</option>
            {AUDIT_ENTITY_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <button className={buttonClass}>Lọc</button>
      </form>
      <AuditTable entries={entries} unitNames={Object.fromEntries(units.map((u) => [u.id, u.name]))} />
    </>
  );
}
