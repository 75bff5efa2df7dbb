import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { criteriaSetContext } from "@/lib/criteria/queries";
import { loadCriteriaSet } from "@/lib/criteria/store";
import { setTotals, tidy } from "@/lib/criteria/totals";
import { fmt2 } from "@/lib/format";
import { groupLabel } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { secondaryButtonClass, linkClass } from "@/components/ui/field";
import { CriteriaTree } from "@/components/criteria/criteria-tree";
import { SetRounds } from "@/components/criteria/set-rounds";
import { parseId } from "@/lib/ids";

export const metadata: Metadata = { title: "Bộ tiêu chí" };

export default async function CriteriaSetPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePermission("criteria:read");
  const id = parseId((await params).id);
  if (id === null) notFound();
  const ctx = await criteriaSetContext(id);
  if (!ctx) notFound();
  const set = await loadCriteriaSet(id);
  const totals = setTotals(set.fields);
  const manage = can(user, "criteria:manage");
  const sp = await searchParams;
  const switched = ctx.rounds.find((r) => String(r.id) === sp["da-chuyen"] && r.criteriaSetId === id);
  return (
    <>
      <PageHeader
        title={set.name}
        description={
          <>
            Năm {set.year} · {groupLabel(set.group)} · phiên bản {set.version} · tổng điểm tối đa{" "}
            <strong className="num">{fmt2(tidy(totals.max))}</strong>
            {totals.bonus ? <> (+{fmt2(tidy(totals.bonus))} điểm cộng)</> : null}
          </>
        }
        actions={
          <>
            {manage ? (
              <Link className={secondaryButtonClass} href={`/tieu-chi/${id}/sua`}>
                Sửa
              </Link>
            ) : null}
            <a className={secondaryButtonClass} href={`/tieu-chi/${id}/json`} download>
              Xuất JSON
            </a>
          </>
        }
      />
      {switched ? (
        <p
          aria-live="polite"
          className="mb-4 rounded border border-green-200 bg-green-50 p-3 text-sm text-green-900"
        >
          Đã chuyển “{switched.name}” sang phiên bản {set.version}; {Number(sp["so-diem"]) || 0} giá trị đã
          nhập đi theo mã tiêu chí.
        </p>
      ) : null}
      <section className="mb-6 grid gap-4 md:grid-cols-2">
        <div className="rounded border border-slate-200 bg-white p-4">
          <h2 className="mb-2 font-semibold">Đợt đánh giá năm {set.year}</h2>
          <SetRounds setId={id} version={set.version} rounds={ctx.rounds} manage={manage} />
        </div>
        <div className="rounded border border-slate-200 bg-white p-4 text-sm">
          <h2 className="mb-2 font-semibold">Phiên bản</h2>
          <ul className="space-y-1">
            {ctx.versions.map((v) => (
              <li key={v.id}>
                {v.id === id ? (
                  <strong>Phiên bản {v.version} (đang xem)</strong>
                ) : (
                  <Link className={linkClass} href={`/tieu-chi/${v.id}`}>
                    Phiên bản {v.version}
                  </Link>
                )}
              </li>
            ))}
          </ul>
          {ctx.set.basedOn ? (
            <p className="mt-2 text-slate-600">
              Tạo từ:{" "}
              <Link className={linkClass} href={`/tieu-chi/${ctx.set.basedOn.id}`}>
                {ctx.set.basedOn.name} (v{ctx.set.basedOn.version})
              </Link>
            </p>
          ) : null}
          <p className="mt-2 text-slate-600">
            Xếp loại: {set.classification.map((c) => `${c.label} ≥ ${fmt2(c.min)}`).join(" · ")}
          </p>
        </div>
      </section>
      <CriteriaTree fields={set.fields} />
    </>
  );
}
