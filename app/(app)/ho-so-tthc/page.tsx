import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { scopedUnitIds } from "@/lib/queries/scope";
import { caseYears } from "@/lib/queries/cases/case-years";
import { unitChoices } from "@/lib/units/queries";
import { fmtInt, fmtPct } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { CaseNav } from "@/components/cases/case-nav";
import { YearPicker } from "@/components/cases/year-picker";
import { FiguresTable } from "@/components/cases/figures-table";
import { RateSection } from "@/components/cases/rate-section";
import { LateCasesFilter, LateCasesTable } from "@/components/cases/late-cases";
import { channelLabel, levelLabel, monthLabel } from "@/lib/labels";
import { caseView, loadCaseDashboard, LATE_PAGE_SIZE, type LateFilter } from "@/lib/queries/cases/dashboard";
import { CaseViews } from "@/components/cases/case-views";
import { StructureChoice } from "@/components/cases/structure-choice";

export const metadata: Metadata = { title: "Hồ sơ TTHC" };

type Search = Promise<Record<string, string | undefined>>;

export default async function CaseDashboardPage({ searchParams }: { searchParams: Search }) {
  const user = await requirePermission("cases:read");
  const unitIds = scopedUnitIds(user, "cases:read");
  const sp = await searchParams;
  const years = await caseYears();
  const year =
    Number(sp.nam) >= 2000 && Number(sp.nam) <= 2100
      ? Number(sp.nam)
      : (years[0] ?? new Date().getFullYear());
  const view = caseView(sp.xem);
  const f: LateFilter = {
    nam: String(year),
    ...(view === "tong-hop" ? {} : { xem: view }),
    cap: sp.cap,
    linh_vuc: sp.linh_vuc,
    kenh: sp.kenh,
    thu: sp.thu,
    trang: sp.trang,
  };
  // "theo=hien-nay": records counted under today's units (after the 2025 reorganisation)
  const today = sp.theo === "hien-nay" ? new Date().toISOString().slice(0, 10) : null;
  const [d, units] = await Promise.all([
    loadCaseDashboard(year, unitIds, f, today),
    view === "don-vi" ? unitChoices() : [],
  ]);
  const unitName = new Map(units.map((u) => [u.code, u.name]));
  const rate = d.total.finished ? ((d.total.early + d.total.onTime) / d.total.finished) * 100 : null;
  return (
    <>
      <PageHeader
        title="Hồ sơ thủ tục hành chính"
        description={
          unitIds
            ? `Số liệu của ${user.unitName ?? "đơn vị"}`
            : "Số liệu toàn tỉnh, tính từ hồ sơ của hệ thống một cửa"
        }
        actions={
          <YearPicker
            years={years}
            year={year}
            keep={{ ...(today ? { theo: "hien-nay" } : {}), ...(f.xem ? { xem: f.xem } : {}) }}
          />
        }
      />
      <CaseNav current="/ho-so-tthc" canImport={can(user, "cases:import")} />
      <section aria-label="Tổng hợp" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <StatCard
          label="Tỷ lệ đúng và sớm hạn"
          value={fmtPct(rate === null ? null : Math.round(rate * 100) / 100)}
          hint={`${fmtInt(d.total.finished)} hồ sơ đã giải quyết`}
        />
        <StatCard
          label="Trễ hạn"
          value={fmtInt(d.total.late)}
          hint={`${fmtInt(d.total.apologyLetters)} thư xin lỗi, ${fmtInt(d.total.apologyLettersInTime)} đúng hạn`}
        />
        <StatCard label="Tồn cuối năm trong hạn" value={fmtInt(d.total.openInTime)} />
        <StatCard label="Tồn cuối năm quá hạn" value={fmtInt(d.total.overdue)} />
        <StatCard
          label="Giải quyết hồ sơ trực tuyến"
          value={fmtPct(
            d.total.finished ? Math.round((d.total.online / d.total.finished) * 10_000) / 100 : null,
          )}
        />
      </section>

      <CaseViews current={view} keep={{ nam: String(year), ...(today ? { theo: "hien-nay" } : {}) }} />
      {view === "tong-hop" || view === "don-vi" ? (
        <StructureChoice year={year} today={today !== null} view={view === "tong-hop" ? undefined : view} />
      ) : null}
      {view === "tong-hop" ? (
        <RateSection
          heading="Theo cấp"
          id="bang-cap"
          chartTitle="Tỷ lệ đúng và sớm hạn theo cấp"
          caption="Số liệu theo cấp"
          keyHeader="Cấp"
          rows={d.byLevel}
          label={levelLabel}
        />
      ) : null}
      {d.byMonth ? (
        <RateSection
          heading="Theo tháng"
          id="bang-thang"
          chartTitle="Tỷ lệ đúng và sớm hạn theo tháng"
          caption="Số liệu theo tháng (tồn: tại cuối mỗi tháng)"
          keyHeader="Tháng"
          rows={d.byMonth}
          label={monthLabel}
          chartLabel={(k) => `T${Number(String(k).slice(5))}`}
        />
      ) : null}
      {d.byChannel ? (
        <RateSection
          heading="Theo kênh tiếp nhận"
          id="bang-kenh"
          chartTitle="Tỷ lệ đúng và sớm hạn theo kênh"
          caption="Số liệu theo kênh"
          keyHeader="Kênh"
          rows={d.byChannel}
          label={channelLabel}
        />
      ) : null}
      {d.byUnit ? (
        <>
          <h2 className="mb-2 mt-8 text-lg font-semibold">Theo đơn vị</h2>
          <FiguresTable
            caption="Số liệu theo đơn vị"
            keyHeader="Đơn vị"
            rows={d.byUnit}
            label={(k) =>
              `${unitName.get(String(k)) ?? String(k)}${d.byUnit!.some((r) => r.key === k && "split" in r) ? " (đã chia tách: hồ sơ giữ ở đơn vị cũ)" : ""}`
            }
          />
        </>
      ) : null}
      {d.byField ? (
        <>
          <h2 className="mb-2 mt-8 text-lg font-semibold">Theo lĩnh vực</h2>
          <FiguresTable
            caption="Số liệu theo lĩnh vực thủ tục"
            keyHeader="Lĩnh vực"
            rows={d.byField}
            label={(k) => String(k) || "(không ghi lĩnh vực)"}
          />
        </>
      ) : null}
      {d.late && d.fields ? (
        <>
          <h2 id="tre-han" className="mb-2 mt-8 text-lg font-semibold">
            Hồ sơ trễ hạn năm {year}
          </h2>
          <LateCasesFilter f={f} fields={d.fields} showLevel={!unitIds} />
          <LateCasesTable
            rows={d.late.rows}
            total={d.late.total}
            page={d.page}
            pageSize={LATE_PAGE_SIZE}
            f={f}
          />
        </>
      ) : null}
    </>
  );
}
