import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { unitByCode, unitChoices } from "@/lib/units/queries";
import { lineageEdges } from "@/lib/units/lineage-store";
import { LINEAGE_KIND_LABEL } from "@/lib/units/lineage";
import { usersOfEndedUnits } from "@/lib/units/edit-unit";
import { fmt2, fmtDate } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { linkClass } from "@/components/ui/field";
import { TableScroll } from "@/components/ui/table-scroll";
import { AddPredecessorForm, RemoveLineageButton, UnitEditForm } from "@/components/units/unit-edit-forms";
import { MoveUserButton } from "@/components/units/move-user-button";

export const metadata: Metadata = { title: "Sửa đơn vị" };

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export default async function UnitEditPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const unit = await unitByCode(decodeURIComponent(code));
  if (!unit) notFound();
  await requirePermission("units:manage", unit.id, `unit-edit:${unit.code}`);
  const [choices, edges, ended] = await Promise.all([unitChoices(), lineageEdges(), usersOfEndedUnits()]);
  const nameOf = new Map(choices.map((u) => [u.id, u]));
  const events = edges.filter((e) => e.from === unit.id || e.to === unit.id);
  const usersHere = ended.filter((u) => u.unitId === unit.id);
  return (
    <>
      <PageHeader
        title={`Sửa đơn vị: ${unit.name}`}
        description={
          <>
            Mã {unit.code} ·{" "}
            <Link className={linkClass} href={`/don-vi/${encodeURIComponent(unit.code)}`}>
              ← hồ sơ đơn vị
            </Link>
          </>
        }
      />
      <UnitEditForm
        unit={{
          id: unit.id,
          name: unit.name,
          group: unit.group,
          parentId: unit.parentId,
          validFrom: day(unit.validFrom),
          validTo: day(unit.validTo),
        }}
        parents={choices.filter((c) => c.id !== unit.id)}
      />

      <h2 className="mb-2 mt-8 text-lg font-semibold">Lịch sử sắp xếp (tiền thân và kế thừa)</h2>
      {events.length ? (
        <TableScroll label="Lịch sử sắp xếp">
          <table
            className="w-full rounded-lg border border-slate-200 bg-white text-sm"
            data-testid="lineage-events"
          >
            <thead className="bg-slate-100 text-left">
              <tr>
                {["Đơn vị cũ", "Đơn vị mới", "Hình thức", "Từ ngày", "Tỷ lệ", "Thao tác"].map((h) => (
                  <th key={h} scope="col" className="p-2">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {events.map((e) => {
                const from = nameOf.get(e.from),
                  to = nameOf.get(e.to);
                return (
                  <tr key={`${e.from}-${e.to}`} className="border-t border-slate-100">
                    <td className="p-2">
                      <Link className={linkClass} href={`/don-vi/${encodeURIComponent(from?.code ?? "")}`}>
                        {from?.name}
                      </Link>
                    </td>
                    <td className="p-2">
                      <Link className={linkClass} href={`/don-vi/${encodeURIComponent(to?.code ?? "")}`}>
                        {to?.name}
                      </Link>
                    </td>
                    <td className="p-2">{LINEAGE_KIND_LABEL[e.kind]}</td>
                    <td className="num p-2">{fmtDate(new Date(`${e.date}T00:00:00Z`))}</td>
                    <td className="num p-2">{e.share === null ? "" : fmt2(e.share)}</td>
                    <td className="p-2">
                      <RemoveLineageButton
                        fromUnitId={e.from}
                        toUnitId={e.to}
                        label={`${from?.name} → ${to?.name}`}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p className="text-sm text-slate-700">Chưa có sự kiện sắp xếp nào.</p>
      )}
      <h3 className="mb-2 mt-4 font-semibold">Thêm đơn vị tiền thân của {unit.name}</h3>
      <AddPredecessorForm unitId={unit.id} units={choices.filter((c) => c.id !== unit.id)} />

      {usersHere.length ? (
        <>
          <h2 className="mb-2 mt-8 text-lg font-semibold">Tài khoản còn thuộc đơn vị đã kết thúc</h2>
          <ul className="space-y-2 text-sm" data-testid="ended-unit-users">
            {usersHere.map((u) => (
              <li key={u.id}>
                {u.name} ({u.username})
                {u.successor ? (
                  <>
                    {" "}
                    · <MoveUserButton user={{ id: u.id, role: u.role }} to={u.successor} />
                  </>
                ) : (
                  " · chưa có đơn vị kế thừa"
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
