import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { inspectionDetail, teamChoices, unitsInForce } from "@/lib/inspections/queries";
import { mayRecordFindings } from "@/lib/inspections/inspections";
import { criteriaCodesFor, ratingChoices } from "@/lib/inspections/criteria-codes";
import { unitById, unitChoices } from "@/lib/units/queries";
import { vnDayString } from "@/lib/cases/dates";
import { dateOfDay, dayOf } from "@/lib/remediation/status";
import { DirectivesTable } from "@/components/inspections/directives-table";
import { DirectiveForm } from "@/components/inspections/directive-form";
import { InspectionForm } from "@/components/inspections/inspection-form";
import { ConclusionForm } from "@/components/inspections/conclusion-form";
import { fmtDate, fmtDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { FindingsTable } from "@/components/inspections/findings-table";
import { FindingForm } from "@/components/inspections/finding-form";
import { DeleteInspectionButton } from "@/components/inspections/delete-inspection-button";
import { parseId } from "@/lib/ids";

export const metadata: Metadata = { title: "Cuộc kiểm tra" };

export default async function InspectionPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  await requirePermission("inspections:read");
  const inspection = await inspectionDetail(id);
  if (!inspection) notFound();
  const user = await requirePermission("inspections:read", inspection.unitId, `inspection:${id}`);
  const recorder = mayRecordFindings(user, inspection.members);
  const unit = recorder ? await unitById(inspection.unitId) : null;
  const codes = unit ? await criteriaCodesFor(unit.group, inspection.visitDate.getUTCFullYear()) : null;
  const ratings = unit ? await ratingChoices(unit.group, inspection.visitDate.getUTCFullYear()) : [];
  const today = vnDayString(new Date());
  const [inForce, allUnits, team] = recorder
    ? await Promise.all([unitsInForce(dateOfDay(today)), unitChoices(), teamChoices()])
    : [[], [], []];
  const findings = inspection.findings.filter((f) => f.kind === "FINDING");
  const directives = inspection.findings.filter((f) => f.kind === "DIRECTIVE");
  return (
    <>
      <PageHeader
        title={`Kiểm tra ${inspection.unit.name}`}
        description={`Quyết định số ${inspection.decisionNumber} ngày ${fmtDate(inspection.decisionDate)} · kiểm tra ngày ${fmtDate(inspection.visitDate)}`}
        actions={
          <>
            {recorder ? (
              <DeleteInspectionButton
                id={inspection.id}
                label={`theo quyết định số ${inspection.decisionNumber}`}
              />
            ) : null}
            <Link href="/kiem-tra" className="text-sm text-brand-700 underline">
              Danh sách kiểm tra
            </Link>
          </>
        }
      />
      <section className="mb-6 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="ket-luan">
        <h2 id="ket-luan" className="mb-2 font-semibold">
          Kết luận kiểm tra
        </h2>
        <p className="mb-3 text-sm" data-testid="conclusion">
          {inspection.conclusionNumber
            ? `Thông báo kết luận số ${inspection.conclusionNumber} ngày ${fmtDate(inspection.conclusionDate)} · xếp loại chung: ${inspection.rating ?? "—"} · ${findings.length} tồn tại, hạn chế${directives.length ? ` · ${directives.length} văn bản chỉ đạo khắc phục` : ""}`
            : "Chưa có thông báo kết luận."}
        </p>
        {recorder ? <ConclusionForm inspection={inspection} ratings={ratings} /> : null}
      </section>
      <section className="mb-6 grid gap-4 md:grid-cols-2">
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="mb-2 font-semibold">Đoàn kiểm tra</h2>
          <ul className="space-y-1 text-sm">
            {inspection.members.map((m) => (
              <li key={m.userId}>
                {m.user.name}
                {m.isLead ? <strong className="ml-2 text-brand-700">Trưởng đoàn</strong> : null}
              </li>
            ))}
          </ul>
          {inspection.notes ? <p className="mt-3 text-sm text-slate-600">{inspection.notes}</p> : null}
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <h2 className="mb-2 font-semibold">Báo cáo kết quả khắc phục của đơn vị</h2>
          {inspection.reports.length ? (
            <ul>
              {inspection.reports.map((r) => (
                <li key={r.id}>Đã báo cáo lúc {fmtDateTime(r.submittedAt)}</li>
              ))}
            </ul>
          ) : (
            <p className={findings.length ? "text-red-700" : "text-slate-500"}>
              {findings.length
                ? "Đơn vị chưa gửi báo cáo kết quả khắc phục cho đoàn."
                : "Chưa có tồn tại, hạn chế."}
            </p>
          )}
          <Link
            href={`/khac-phuc/${inspection.unit.code}`}
            className="mt-2 inline-block text-brand-700 underline"
          >
            Kế hoạch khắc phục của đơn vị
          </Link>
        </div>
      </section>
      <h2 className="mb-2 text-lg font-semibold">Tồn tại, hạn chế ({findings.length})</h2>
      <FindingsTable findings={findings} />
      {recorder ? (
        <>
          <h2 className="mb-2 mt-8 text-lg font-semibold">Ghi nhận tồn tại, hạn chế</h2>
          <FindingForm inspectionId={inspection.id} criteriaYear={codes?.year ?? null} />
        </>
      ) : null}
      <h2 className="mb-2 mt-8 text-lg font-semibold">Chỉ đạo khắc phục ({directives.length})</h2>
      <DirectivesTable directives={directives} inspectedUnit={inspection.unit.name} today={today} />
      {recorder ? (
        <>
          <h3 className="mb-2 mt-4 font-semibold">Ban hành chỉ đạo khắc phục</h3>
          <DirectiveForm inspectionId={inspection.id} inspectedUnitId={inspection.unitId} units={inForce} />
          <details className="no-print mt-8">
            <summary className="cursor-pointer font-semibold">Sửa quyết định, đoàn kiểm tra</summary>
            <div className="mt-3">
              <InspectionForm
                units={allUnits}
                team={team}
                me={user.id}
                values={{
                  id: inspection.id,
                  decisionNumber: inspection.decisionNumber,
                  decisionDate: dayOf(inspection.decisionDate),
                  visitDate: dayOf(inspection.visitDate),
                  unitId: inspection.unitId,
                  leadUserId: inspection.members.find((m) => m.isLead)?.userId ?? null,
                  memberIds: inspection.members.filter((m) => !m.isLead).map((m) => m.userId),
                }}
              />
            </div>
          </details>
        </>
      ) : null}
    </>
  );
}
