import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { criteriaSetContext } from "@/lib/criteria/queries";
import { loadCriteriaSet } from "@/lib/criteria/store";
import { isLocked, roundsUsing } from "@/lib/criteria/versions";
import { METRIC_KEYS } from "@/lib/queries/metrics";
import { groupLabel } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { CriteriaEditor } from "@/components/criteria/criteria-editor";
import { NewVersionNotice } from "@/components/criteria/new-version-notice";
import { linkClass } from "@/components/ui/field";
import { parseId } from "@/lib/ids";

export const metadata: Metadata = { title: "Sửa bộ tiêu chí" };

export default async function EditCriteriaSetPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePermission("criteria:manage");
  const id = parseId((await params).id);
  if (id === null) notFound();
  const ctx = await criteriaSetContext(id);
  if (!ctx) notFound();
  const sp = await searchParams;
  const previousId = parseId(sp["phien-ban-moi"]);
  const [set, rounds, previousRounds] = await Promise.all([
    loadCriteriaSet(id),
    roundsUsing(id),
    previousId !== null ? roundsUsing(previousId) : Promise.resolve(null),
  ]);
  const { version, name, year, group, classification, fields } = set;
  const json = { name, year, group, classification, fields };
  return (
    <>
      <PageHeader
        title={`Sửa: ${set.name}`}
        description={
          <>
            Năm {set.year} · {groupLabel(set.group)} · phiên bản {version} ·{" "}
            <Link className={linkClass} href={`/tieu-chi/${id}`}>
              xem dạng cây
            </Link>
          </>
        }
      />
      {previousRounds && previousId !== null ? (
        <NewVersionNotice version={version} setId={id} previousId={previousId} rounds={previousRounds} />
      ) : null}
      {sp["da-sao-chep"] ? (
        <p
          aria-live="polite"
          className="mb-4 rounded border border-green-200 bg-green-50 p-3 text-sm text-green-900"
        >
          Đã sao chép thành bộ tiêu chí năm {set.year}. Chỉnh sửa rồi bấm “Lưu bộ tiêu chí”.
        </p>
      ) : null}
      {isLocked(rounds) ? (
        <p className="mb-4 rounded border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          Bộ tiêu chí này đang được dùng trong đợt đánh giá đã mở hoặc đã công bố (
          {rounds.map((r) => r.name).join(", ")}). Khi lưu, hệ thống tạo phiên bản mới và giữ nguyên phiên bản{" "}
          {version} cho các đợt đó; đợt còn đang tự đánh giá chỉ chuyển sang phiên bản mới khi bạn chọn.
        </p>
      ) : null}
      <CriteriaEditor
        key={id}
        setId={id}
        initial={json}
        updatedAt={ctx.set.updatedAt.toISOString()}
        metricKeys={METRIC_KEYS}
      />
    </>
  );
}
