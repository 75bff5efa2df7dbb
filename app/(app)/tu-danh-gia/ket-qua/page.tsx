import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { scopeOf } from "@/lib/auth/permissions";
import { unitByCode, unitById, unitChoices } from "@/lib/units/queries";
import { roundsOfGroup } from "@/lib/assessment/rounds";
import { unitPublishedResult } from "@/lib/assessment/publication";
import { fmtDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass, inputClass } from "@/components/ui/field";
import { RoundPicker } from "@/components/assessment/round-picker";
import { UnitResultView } from "@/components/assessment/unit-result";
import { parseId } from "@/lib/ids";

export const metadata: Metadata = { title: "Kết quả đánh giá của đơn vị" };

/** Units see their own unit; Home Affairs, inspectors and viewers may pass ?donVi=CODE. */
export default async function UnitResultPage({
  searchParams,
}: {
  searchParams: Promise<{ dot?: string; donVi?: string }>;
}) {
  const user = await requirePermission("results:read");
  const sp = await searchParams;
  const scope = scopeOf(user, "results:read");
  const unit =
    scope && "all" in scope
      ? sp.donVi
        ? await unitByCode(sp.donVi)
        : null
      : scope
        ? await unitById(scope.unitId)
        : null;
  if (!unit) {
    const units = scope && "all" in scope ? await unitChoices() : [];
    return (
      <>
        <PageHeader
          title="Kết quả đánh giá"
          description="Kết quả đã công bố của một đơn vị: chọn đơn vị, hoặc xem cả khối ở trang Xếp hạng."
        />
        <form
          noValidate
          method="get"
          className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
        >
          <label className="text-sm font-medium">
            Đơn vị
            <select name="donVi" required defaultValue="" className={`${inputClass} mt-1`}>
              <option value="" disabled>
                — chọn đơn vị —
              </option>
              {units.map((u) => (
                <option key={u.code} value={u.code}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
          <button className={buttonClass}>Xem kết quả</button>
          <Link className="self-center text-sm text-brand-700 underline" href="/xep-hang">
            Bảng xếp hạng
          </Link>
        </form>
      </>
    );
  }
  const { rounds, current } = await roundsOfGroup(unit.group, parseId(sp.dot));
  const published = rounds.filter((r) => r.status === "PUBLISHED" || r.id === current?.id);
  const data = current ? await unitPublishedResult(current.id, unit.id) : null;
  return (
    <>
      <PageHeader
        title={`Kết quả đánh giá ${current?.year ?? ""}`}
        description={unit.name}
        actions={
          <>
            <RoundPicker
              rounds={published}
              current={current?.id ?? null}
              {...(sp.donVi ? { extra: { donVi: sp.donVi } } : {})}
            />
            <Link className="self-end text-sm text-brand-700 underline" href="/tu-danh-gia">
              Tự đánh giá
            </Link>
          </>
        }
      />
      {data ? (
        <>
          <p className="mb-3 text-sm text-slate-600">
            Công bố phiên bản {data.version} lúc {fmtDateTime(data.publishedAt)}
            {data.reason ? ` · điều chỉnh: ${data.reason}` : ""}
          </p>
          <UnitResultView data={data} />
        </>
      ) : (
        <p className="rounded border border-slate-200 bg-white p-4 text-slate-700">
          Kết quả đợt này chưa được công bố. Kết quả tạm tính từ số liệu hiện có (chưa phải kết quả chính
          thức) xem ở trang{" "}
          <Link
            className="text-brand-700 underline"
            href={
              current ? `/ket-qua?nam=${current.year}&khoi=${encodeURIComponent(unit.group)}` : "/ket-qua"
            }
          >
            Kết quả
          </Link>
          .
        </p>
      )}
    </>
  );
}
