import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { unitByCode } from "@/lib/units/queries";
import { UNIT_TYPE_LABELS, LEVEL_LABELS, groupLabel } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Hồ sơ đơn vị" };

export default async function UnitPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const unit = await unitByCode(decodeURIComponent(code));
  if (!unit) notFound();
  await requirePermission("units:read", unit.id, `unit:${unit.code}`);
  return (
    <>
      <PageHeader title={unit.name} description={`${UNIT_TYPE_LABELS[unit.type]} · ${LEVEL_LABELS[unit.level]} · ${groupLabel(unit.group)}`} />
      <dl className="grid gap-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
        <div><dt className="text-slate-500">Mã đơn vị</dt><dd className="font-mono">{unit.code}</dd></div>
        <div><dt className="text-slate-500">Trực thuộc</dt><dd>{unit.parent?.name ?? "—"}</dd></div>
        {unit.children.length ? <div className="sm:col-span-2"><dt className="text-slate-500">Đơn vị trực thuộc</dt><dd>{unit.children.map((c) => c.name).join(", ")}</dd></div> : null}
      </dl>
    </>
  );
}
