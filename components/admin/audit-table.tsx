import { fmtDateTime } from "@/lib/format";

type Entry = { id: bigint; at: Date; username: string | null; action: string; entity: string; entityId: string | null; criterionCode: string | null; oldValue: unknown; newValue: unknown; reason: string | null };

const ACTIONS: Record<string, string> = {
  create: "Tạo", update: "Sửa", delete: "Xoá", forbidden: "Bị từ chối", submit: "Nộp", appraise: "Thẩm định", publish: "Công bố", import: "Nhập tệp",
};

const show = (v: unknown) => (v === null || v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v));

export function AuditTable({ entries }: { entries: Entry[] }) {
  if (!entries.length) return <p className="text-slate-600">Chưa có thay đổi nào.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <thead className="bg-slate-100 text-left">
          <tr><th className="p-2">Thời điểm</th><th className="p-2">Người thực hiện</th><th className="p-2">Thao tác</th><th className="p-2">Đối tượng</th><th className="p-2">Giá trị cũ</th><th className="p-2">Giá trị mới</th><th className="p-2">Lý do</th></tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={String(e.id)} className="border-t border-slate-100 align-top">
              <td className="whitespace-nowrap p-2">{fmtDateTime(e.at)}</td>
              <td className="p-2">{e.username ?? "hệ thống"}</td>
              <td className="p-2">{ACTIONS[e.action] ?? e.action}</td>
              <td className="p-2">{e.entity}{e.entityId ? ` #${e.entityId}` : ""}{e.criterionCode ? ` · tiêu chí ${e.criterionCode}` : ""}</td>
              <td className="max-w-64 break-words p-2 font-mono text-xs">{show(e.oldValue)}</td>
              <td className="max-w-64 break-words p-2 font-mono text-xs">{show(e.newValue)}</td>
              <td className="p-2">{e.reason ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
