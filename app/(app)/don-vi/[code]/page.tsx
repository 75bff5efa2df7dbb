import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { unitByCode } from "@/lib/units/queries";
import { unitProfileData } from "@/lib/queries/reports/unit-profile";
import { UNIT_TYPE_LABELS, LEVEL_LABELS, groupLabel } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { fmtDate } from "@/lib/format";
import { secondaryButtonClass } from "@/components/ui/field";
import { YearPicker } from "@/components/cases/year-picker";
import { PrintButton } from "@/components/reports/print-button";
import { PrintHeader, SignatureBlock } from "@/components/reports/print-parts";
import { UnitYearSummary, UnitHistory, UnitPredecessors } from "@/components/reports/unit-summary";
import { UnitFields } from "@/components/reports/unit-fields";
import { UnitLosses } from "@/components/reports/unit-losses";
import { UnitRecordsSection } from "@/components/reports/unit-records";
import { LedFields } from "@/components/national/led-fields";
import { fieldsLedBy } from "@/lib/national/standing";
import { fieldLeads, nationalResults } from "@/lib/national/store";

export const metadata: Metadata = { title: "Hồ sơ đơn vị" };

export default async function UnitPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { code } = await params;
  const unit = await unitByCode(decodeURIComponent(code));
  if (!unit) notFound();
  const user = await requirePermission("units:read", unit.id, `unit:${unit.code}`);
  const sp = await searchParams;
  const [p, results, leads] = await Promise.all([
    unitProfileData(unit, Number(sp.nam) || null),
    nationalResults(),
    fieldLeads(),
  ]);
  const c = p.current;
  return (
    <>
      <PrintHeader
        title={`Báo cáo kết quả chỉ số CCHC${c ? ` năm ${c.year}${c.kind === "live" ? " (tạm tính)" : ""}` : ""}`}
        subtitle={unit.name}
      />
      <PageHeader
        title={unit.name}
        description={`${UNIT_TYPE_LABELS[unit.type]} · ${LEVEL_LABELS[unit.level]} · ${groupLabel(unit.group)}`}
        actions={
          <>
            {p.years.length ? (
              <YearPicker years={[...p.years].reverse()} year={c?.year ?? p.years[p.years.length - 1]!} />
            ) : null}
            <a
              href={`/don-vi/${encodeURIComponent(unit.code)}/xuat-excel${c ? `?nam=${c.year}` : ""}`}
              className={`${secondaryButtonClass} self-end`}
              download
            >
              Tải Excel
            </a>
            <PrintButton />
            <Link
              href={`/don-vi/${encodeURIComponent(unit.code)}/qd766`}
              className={`${secondaryButtonClass} self-end`}
            >
              Chỉ số QĐ 766
            </Link>
            {can(user, "units:manage") ? (
              <Link
                href={`/don-vi/${encodeURIComponent(unit.code)}/sua`}
                className={`${secondaryButtonClass} self-end`}
              >
                Sửa đơn vị
              </Link>
            ) : null}
          </>
        }
      />
      <dl className="grid gap-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-500">Mã đơn vị</dt>
          <dd className="font-mono">{unit.code}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Trực thuộc</dt>
          <dd>{unit.parent?.name ?? "—"}</dd>
        </div>
        {unit.validFrom || unit.validTo ? (
          <div>
            <dt className="text-slate-500">Hiệu lực</dt>
            <dd>
              {unit.validFrom ? `từ ${fmtDate(unit.validFrom)}` : ""}
              {unit.validFrom && unit.validTo ? " " : ""}
              {unit.validTo ? `đến hết ${fmtDate(unit.validTo)}` : ""}
            </dd>
          </div>
        ) : null}
        {unit.children.length ? (
          <div className="sm:col-span-2">
            <dt className="text-slate-500">Đơn vị trực thuộc</dt>
            <dd>{unit.children.map((ch) => ch.name).join(", ")}</dd>
          </div>
        ) : null}
      </dl>
      {c ? (
        <>
          <UnitYearSummary c={c} />
          <UnitHistory history={p.history} />
          <UnitFields c={c} />
          <UnitLosses c={c} />
        </>
      ) : (
        <p className="mt-6 text-slate-700">Đơn vị chưa có kết quả chỉ số CCHC.</p>
      )}
      <LedFields rows={fieldsLedBy(unit.code, results, leads)} />
      <UnitPredecessors predecessors={p.predecessors} />
      <UnitRecordsSection
        records={p.records}
        remediation={p.remediation}
        planYear={c?.year ?? new Date().getFullYear()}
      />
      <SignatureBlock />
    </>
  );
}
