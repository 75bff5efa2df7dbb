import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { criteriaSetChoices, listRounds } from "@/lib/assessment/rounds";
import { windowWords } from "@/lib/assessment/window";
import { GROUP_LABELS, groupLabel, ROUND_STATUS_LABELS } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { CreateRoundForm } from "@/components/assessment/round-forms";
import { linkClass } from "@/components/ui/field";

export const metadata: Metadata = { title: "Đợt đánh giá" };

export default async function RoundsPage() {
  await requirePermission("rounds:manage");
  const [rounds, sets] = await Promise.all([listRounds(), criteriaSetChoices()]);
  return (
    <>
      <PageHeader
        title="Đợt đánh giá"
        description="Mỗi năm một đợt cho mỗi khối: bộ tiêu chí, thời gian tự đánh giá, thẩm định, công bố"
      />
      <div className="mb-8 overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th className="p-2">Năm</th>
              <th className="p-2">Khối</th>
              <th className="p-2">Tên đợt</th>
              <th className="p-2">Bộ tiêu chí</th>
              <th className="p-2">Tự đánh giá</th>
              <th className="p-2">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {rounds.map((r) => (
              <tr key={r.id} className="border-t border-slate-100" data-testid={`round-${r.year}-${r.group}`}>
                <td className="num p-2">{r.year}</td>
                <td className="p-2">{groupLabel(r.group)}</td>
                <td className="p-2">
                  <Link className={linkClass} href={`/dot-danh-gia/${r.id}`}>
                    {r.name}
                  </Link>
                </td>
                <td className="p-2">
                  {r.criteriaSet.name} (v{r.criteriaSet.version})
                </td>
                <td className="p-2">{windowWords(r)}</td>
                <td className="whitespace-nowrap p-2">
                  {ROUND_STATUS_LABELS[r.status]}
                  {r._count.snapshots > 1 ? ` · ${r._count.snapshots} phiên bản` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 className="mb-2 text-lg font-semibold">Tạo đợt đánh giá</h2>
      <CreateRoundForm
        sets={sets}
        groups={Object.entries(GROUP_LABELS).map(([code, label]) => ({ code, label }))}
      />
    </>
  );
}
