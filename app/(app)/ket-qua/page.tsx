import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { scopeOf } from "@/lib/auth/permissions";
import { ownUnit, pickResultRound, resultRounds, roundResultView } from "@/lib/results/result-view";
import { fmtDate } from "@/lib/format";
import { groupLabel, ROUND_STATUS_LABELS } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { secondaryButtonClass } from "@/components/ui/field";
import { YearGroupPicker } from "@/components/results/year-group-picker";
import { RoundResultTable } from "@/components/results/round-result-table";

export const metadata: Metadata = { title: "Kết quả đánh giá" };

export default async function ResultsPage({
  searchParams,
}: {
  searchParams: Promise<{ nam?: string; khoi?: string }>;
}) {
  const user = await requirePermission("results:read");
  const scope = scopeOf(user, "results:read");
  const restricted = !scope || !("all" in scope);
  const own = scope && "unitId" in scope ? await ownUnit(scope.unitId) : null;
  const rounds = await resultRounds();
  const round = pickResultRound(rounds, await searchParams, own?.group ?? null);
  const view = round ? await roundResultView(round.id) : null;
  if (!round || !view)
    return (
      <>
        <PageHeader title="Kết quả đánh giá" />
        <p className="text-slate-600">Chưa có đợt đánh giá nào.</p>
      </>
    );
  // Unit users see their own unit's line; the full league table is on the rankings page.
  const units = restricted ? view.result.units.filter((u) => u.unit === own?.code) : view.result.units;
  return (
    <>
      <PageHeader
        title={`Kết quả Chỉ số CCHC năm ${round.year}`}
        description={
          <>
            {groupLabel(round.group)} · {round.name} · {ROUND_STATUS_LABELS[round.status] ?? round.status} ·{" "}
            {view.kind === "published" ? (
              <>
                đã công bố ngày {fmtDate(view.publishedAt)}
                {view.version && view.version > 1 ? ` (phiên bản ${view.version})` : ""}
              </>
            ) : (
              <strong className="text-amber-900">tạm tính, chưa công bố</strong>
            )}
          </>
        }
        actions={
          <Link
            className={secondaryButtonClass}
            href={`/xep-hang?nam=${round.year}&khoi=${encodeURIComponent(round.group)}`}
          >
            Bảng xếp hạng
          </Link>
        }
      />
      <YearGroupPicker rounds={rounds} current={round} />
      {view.kind === "live" ? (
        <p
          role="note"
          className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
        >
          Kết quả tạm tính từ số liệu hiện có: điểm thẩm định nếu đã thẩm định, nếu chưa thì điểm tự đánh giá;
          tiêu chí có chỉ số từ dữ liệu dùng số liệu hồ sơ; tiêu chí chưa có số liệu tính 0 điểm.
        </p>
      ) : null}
      {restricted ? (
        <p className="mb-3 text-sm text-slate-600">
          Bạn xem được kết quả của đơn vị mình; thứ hạng so với cả khối ở trang Xếp hạng.
        </p>
      ) : null}
      {units.length ? (
        <RoundResultTable roundId={round.id} units={units} live={view.kind === "live"} />
      ) : (
        <p className="text-slate-600">Đơn vị của bạn không tham gia đợt đánh giá này.</p>
      )}
      {view.result.errors.length && !restricted ? (
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer text-red-800">
            {view.result.errors.length} giá trị không chấm được theo quy tắc (tính 0 điểm)
          </summary>
          <ul className="mt-2 list-disc pl-5">
            {view.result.errors.slice(0, 50).map((e, i) => (
              <li key={i}>
                {e.unit} · {e.criterion}: {e.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
