import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { roundById } from "@/lib/assessment/rounds";
import { auditEntries } from "@/lib/audit/queries";
import { roundUnits } from "@/lib/results/round-inputs";
import { PageHeader } from "@/components/ui/page-header";
import { AuditTable } from "@/components/admin/audit-table";
import { buttonClass, inputClass } from "@/components/ui/field";
import { parseId } from "@/lib/ids";

export const metadata: Metadata = { title: "Nhật ký đợt đánh giá" };

export default async function RoundAuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ donVi?: string; tieuChi?: string }>;
}) {
  await requirePermission("audit:read");
  const id = parseId((await params).id);
  if (id === null) notFound();
  const sp = await searchParams;
  const round = await roundById(id);
  if (!round) notFound();
  const units = await roundUnits(round);
  const unitId = parseId(sp.donVi) ?? undefined;
  const entries = await auditEntries({
    roundId: round.id,
    ...(unitId ? { unitId } : {}),
    ...(sp.tieuChi ? { criterionCode: sp.tieuChi.trim() } : {}),
    take: 500,
  });
  return (
    <>
      <PageHeader
        title={`Nhật ký: ${round.name}`}
        description="Mọi thay đổi giá trị, tài liệu kiểm chứng, trạng thái và kết quả công bố của đợt, theo đơn vị và tiêu chí"
        actions={
          <Link className="text-sm text-brand-700 underline" href={`/dot-danh-gia/${round.id}`}>
            ← Đợt đánh giá
          </Link>
        }
      />
      <form noValidate method="get" className="no-print mb-4 flex flex-wrap items-end gap-3">
        <label className="text-sm">
          Đơn vị
          <select name="donVi" defaultValue={unitId ?? ""} className={inputClass}>
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
        <button className={buttonClass}>Lọc</button>
      </form>
      <AuditTable entries={entries} unitNames={Object.fromEntries(units.map((u) => [u.id, u.name]))} />
    </>
  );
}
