import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { can, scopeOf } from "@/lib/auth/permissions";
import { overviewFigures } from "@/lib/queries/overview";
import { fmtDate, fmtInt } from "@/lib/format";
import { UNIT_TYPE_LABELS, ROUND_STATUS_LABELS, groupLabel, submissionStatusLabel } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { provinceOverview } from "@/lib/queries/reports/province-overview";
import { ProvinceSections } from "@/components/reports/province-sections";
import { TableScroll } from "@/components/ui/table-scroll";
import { NationalStandingCard } from "@/components/national/standing-card";
import { fieldLosses, indexTrends } from "@/lib/national/standing";
import { fieldLeads, nationalResults } from "@/lib/national/store";

export const metadata: Metadata = { title: "Tổng quan" };

export default async function OverviewPage() {
  const user = await requirePermission("overview:read");
  const scope = scopeOf(user, "overview:read")!;
  const [f, province, results, leads] = await Promise.all([
    overviewFigures(scope),
    can(user, "rankings:read") ? provinceOverview() : null,
    nationalResults(),
    fieldLeads(),
  ]);
  const unitCount = f.unitsByType.reduce((s, u) => s + u.count, 0);
  const own = "all" in scope ? null : (f.rounds[0] ?? null);
  return (
    <>
      <PageHeader
        title="Tổng quan"
        description={"all" in scope ? "Số liệu toàn tỉnh" : `Số liệu của ${user.unitName ?? "đơn vị"}`}
      />
      <section className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {"all" in scope ? (
          <StatCard
            label="Đơn vị"
            value={fmtInt(unitCount)}
            hint={f.unitsByType.map((u) => `${UNIT_TYPE_LABELS[u.type] ?? u.type}: ${u.count}`).join(" · ")}
          />
        ) : (
          // a unit's own first question: where its self-assessment stands, and until when
          <StatCard
            label={`Tự đánh giá ${own?.year ?? ""}`}
            value={
              !own ? "—" : submissionStatusLabel(own.submitted ? "SUBMITTED" : own.drafts ? "DRAFT" : null)
            }
            hint={
              own?.selfAssessmentEnd
                ? `${ROUND_STATUS_LABELS[own.status] ?? own.status} · hạn nộp: hết ngày ${fmtDate(own.selfAssessmentEnd)}`
                : own
                  ? ROUND_STATUS_LABELS[own.status]
                  : undefined
            }
          />
        )}
        <StatCard label="Hồ sơ TTHC trong hệ thống" value={fmtInt(f.cases.total)} />
        <StatCard label="Việc khắc phục đang mở" value={fmtInt(f.remediationOpen)} />
        <StatCard label="Đợt đánh giá gần nhất" value={f.rounds[0]?.year ?? "—"} />
      </section>
      <section className="mt-8">
        <h2 className="text-lg font-semibold">Tiến độ đợt đánh giá {f.rounds[0]?.year ?? ""}</h2>
        <TableScroll
          className="mt-3 rounded-lg border border-slate-200 bg-white"
          label="Tiến độ đợt đánh giá"
        >
          <table className="w-full text-sm">
            <thead className="bg-slate-100 text-left">
              <tr>
                <th className="p-2">Khối</th>
                <th className="p-2">Trạng thái</th>
                <th className="p-2 text-right">Đã nộp</th>
                <th className="p-2 text-right">Đang soạn</th>
                <th className="p-2 text-right">Chưa bắt đầu</th>
                <th className="p-2 text-right">Số đơn vị</th>
              </tr>
            </thead>
            <tbody>
              {f.rounds.map((r) => (
                <tr key={r.id} className="border-t border-slate-100">
                  <td className="p-2">{groupLabel(r.group)}</td>
                  <td className="p-2">{ROUND_STATUS_LABELS[r.status]}</td>
                  <td className="num p-2 text-right">{fmtInt(r.submitted)}</td>
                  <td className="num p-2 text-right">{fmtInt(r.drafts)}</td>
                  <td className="num p-2 text-right">
                    {fmtInt(Math.max(0, r.units - r.submitted - r.drafts))}
                  </td>
                  <td className="num p-2 text-right">{fmtInt(r.units)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      {can(user, "national:read") ? (
        <NationalStandingCard trends={indexTrends(results)} losses={fieldLosses(results, leads)} />
      ) : null}
      {province ? <ProvinceSections o={province} /> : null}
    </>
  );
}
