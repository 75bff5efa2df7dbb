import type { ReactNode } from "react";
import { fmtDateTime } from "@/lib/format";
import { describeAudit, type AuditChange } from "@/lib/audit/describe";

type Entry = {
  id: bigint;
  at: Date;
  username: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  unitId?: number | null;
  criterionCode: string | null;
  oldValue: unknown;
  newValue: unknown;
  reason: string | null;
};

/** Below md each row is a card and each cell carries its own label, so nothing is wider than a phone. */
function Cell({
  label,
  children,
  className = "",
}: {
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <td className={`block px-3 py-0.5 wrap-anywhere md:table-cell md:p-2 ${className}`}>
      <span className="font-medium text-slate-600 md:hidden">{label}: </span>
      {children}
    </td>
  );
}

function Change({ c }: { c: AuditChange }) {
  return (
    <li>
      <span className="text-slate-600">{c.label}:</span>{" "}
      {c.from !== undefined && c.to !== undefined ? (
        <>
          {c.from} <span aria-hidden="true">→</span>
          <span className="sr-only">thành</span> {c.to}
        </>
      ) : (
        (c.to ?? c.from)
      )}
    </li>
  );
}

/**
 * The audit log in words: who, when, which unit, what was done to what, and each changed field
 * ("Giá trị thẩm định: 2 → 1,5"). `unitNames` (id → name) adds the unit column and names units
 * inside changes; without it (one unit's own log) the column is left out.
 */
export function AuditTable({ entries, unitNames }: { entries: Entry[]; unitNames?: Record<number, string> }) {
  if (!entries.length) return <p className="text-slate-600">Chưa có thay đổi nào.</p>;
  const unitName = (id: number) => unitNames?.[id];
  return (
    <div className="rounded-lg border border-slate-200 bg-white md:overflow-x-auto">
      <table className="block w-full text-sm md:table">
        <thead className="hidden bg-slate-100 text-left md:table-header-group">
          <tr>
            <th className="p-2">Thời điểm</th>
            <th className="p-2">Người thực hiện</th>
            {unitNames ? <th className="p-2">Đơn vị</th> : null}
            <th className="p-2">Thao tác</th>
            <th className="p-2">Đối tượng</th>
            <th className="p-2">Nội dung thay đổi</th>
            <th className="p-2">Lý do</th>
          </tr>
        </thead>
        <tbody className="block md:table-row-group">
          {entries.map((e) => {
            const d = describeAudit(e, { unitName });
            return (
              <tr
                key={String(e.id)}
                className="block border-t border-slate-100 py-2 align-top first:border-t-0 md:table-row md:py-0 md:first:border-t"
              >
                <Cell label="Thời điểm" className="md:whitespace-nowrap">
                  {fmtDateTime(e.at)}
                </Cell>
                <Cell label="Người thực hiện">{e.username ?? "hệ thống"}</Cell>
                {unitNames ? (
                  <Cell label="Đơn vị">{e.unitId ? (unitName(e.unitId) ?? "—") : "—"}</Cell>
                ) : null}
                <Cell label="Thao tác" className={e.action === "forbidden" ? "text-red-800" : ""}>
                  {d.action}
                </Cell>
                <Cell label="Đối tượng">
                  <span title={e.entityId ? `${e.entity} #${e.entityId}` : e.entity}>{d.subject}</span>
                </Cell>
                <Cell label="Nội dung thay đổi" className="md:min-w-56 md:max-w-md">
                  {d.changes.length ? (
                    <ul className="space-y-0.5">
                      {d.changes.map((c, i) => (
                        <Change key={i} c={c} />
                      ))}
                    </ul>
                  ) : (
                    "—"
                  )}
                </Cell>
                <Cell label="Lý do">{e.reason || "—"}</Cell>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
