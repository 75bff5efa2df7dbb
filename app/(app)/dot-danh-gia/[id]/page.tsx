import type { Metadata } from "next";
import Link from "next/link";
import { referenceDay } from "@/lib/results/round-inputs";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { ROUND_STEPS, roundById, roundProgress } from "@/lib/assessment/rounds";
import { publishedVersions } from "@/lib/assessment/publication";
import { windowWords } from "@/lib/assessment/window";
import { fmtDate, fmtDateTime } from "@/lib/format";
import { groupLabel, ROUND_STATUS_LABELS } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { ProgressTable } from "@/components/assessment/progress-table";
import { PublishForm, StatusButtons, WindowForm } from "@/components/assessment/round-forms";
import { SurveyImportForm } from "@/components/assessment/survey-import-form";
import { parseId } from "@/lib/ids";

export const metadata: Metadata = { title: "Đợt đánh giá" };
const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <section className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
    <h2 className="mb-3 text-lg font-semibold">{title}</h2>
    {children}
  </section>
);

export default async function RoundPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("rounds:manage");
  const id = parseId((await params).id);
  if (id === null) notFound();
  const round = await roundById(id);
  if (!round) notFound();
  const [units, versions] = await Promise.all([roundProgress(round.id), publishedVersions(round.id)]);
  const pending = units
    .filter((u) => u.status !== "SUBMITTED")
    .sort((a, b) => a.filled / (a.total || 1) - b.filled / (b.total || 1));
  return (
    <>
      <PageHeader
        title={round.name}
        description={
          <>
            {groupLabel(round.group)} · {round.criteriaSet.name} (v{round.criteriaSet.version}) ·{" "}
            <strong data-testid="round-status">{ROUND_STATUS_LABELS[round.status]}</strong> · tự đánh giá{" "}
            {windowWords(round)} · {units.length} đơn vị có hiệu lực ngày {fmtDate(referenceDay(round))}
          </>
        }
        actions={
          <>
            <Link className="text-sm text-brand-700 underline" href="/dot-danh-gia">
              ← Các đợt
            </Link>
            <Link className="text-sm text-brand-700 underline" href={`/tham-dinh?dot=${round.id}`}>
              Thẩm định
            </Link>
            <Link className="text-sm text-brand-700 underline" href={`/dot-danh-gia/${round.id}/nhat-ky`}>
              Nhật ký
            </Link>
          </>
        }
      />
      <Section title="Trạng thái và thời gian">
        <StatusButtons roundId={round.id} status={round.status} steps={ROUND_STEPS[round.status] ?? []} />
        <div className="mt-4">
          <WindowForm
            roundId={round.id}
            start={day(round.selfAssessmentStart)}
            end={day(round.selfAssessmentEnd)}
          />
        </div>
      </Section>
      <Section title={`Đơn vị chưa nộp (${pending.length}/${units.length}) — để nhắc nhở`}>
        {pending.length ? (
          <p className="mb-2 text-sm">
            <a className="text-brand-700 underline" href={`/dot-danh-gia/${round.id}/nhac-nop`} download>
              Tải danh sách để nhắc nộp (Excel: tiến độ, thủ trưởng và cán bộ đầu mối của từng đơn vị)
            </a>
          </p>
        ) : null}
        <ProgressTable units={pending} show="self" link={(u) => `/tham-dinh/${round.id}/${u.code}`} />
      </Section>
      {can(user, "survey:import") ? (
        <Section title="Kết quả điều tra xã hội học">
          <p className="mb-2 text-sm text-slate-600">
            Tỷ lệ hài lòng 0–100 cho từng đơn vị và tiêu chí điều tra. Nhập lại cùng tệp không thay đổi gì;
            một dòng lỗi thì không nhập dòng nào.
          </p>
          <SurveyImportForm roundId={round.id} />
        </Section>
      ) : null}
      {can(user, "results:publish") ? (
        <Section title="Công bố kết quả">
          {round.status === "APPRAISAL" || round.status === "PUBLISHED" ? (
            <PublishForm roundId={round.id} published={versions.length > 0} />
          ) : (
            <p className="text-sm text-slate-600">Chuyển đợt sang thẩm định trước khi công bố.</p>
          )}
          {versions.length ? (
            <div className="mt-4 overflow-x-auto">
              <table className="w-full text-sm" data-testid="versions">
                <thead className="bg-slate-100 text-left">
                  <tr>
                    <th className="p-2">Phiên bản</th>
                    <th className="p-2">Công bố lúc</th>
                    <th className="p-2">Người công bố</th>
                    <th className="p-2">Lý do</th>
                  </tr>
                </thead>
                <tbody>
                  {versions.map((v) => (
                    <tr key={v.id} className="border-t border-slate-100">
                      <td className="num p-2">v{v.version}</td>
                      <td className="p-2">{fmtDateTime(v.publishedAt)}</td>
                      <td className="p-2">{v.publishedBy}</td>
                      <td className="p-2">{v.reason ?? "Công bố lần đầu"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </Section>
      ) : null}
    </>
  );
}
