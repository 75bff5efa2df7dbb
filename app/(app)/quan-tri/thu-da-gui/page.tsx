import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { sentDigests } from "@/lib/notices/digests";
import { mailState } from "@/lib/notices/mailer";
import { NOTICE_KINDS, isNoticeKind } from "@/lib/notices/kinds";
import { fmtDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { TableScroll } from "@/components/ui/table-scroll";
import { RunNoticesButton } from "@/components/admin/run-notices-button";

export const metadata: Metadata = { title: "Thư thông báo đã gửi" };

const STATUS = { queued: "Đang chờ gửi", sent: "Đã gửi", failed: "Gửi không được" } as const;

export default async function SentMailPage() {
  await requirePermission("users:manage");
  const [mail, digests] = await Promise.all([mailState(), sentDigests()]);
  const tone =
    mail.state === "ok"
      ? "border-green-300 bg-green-50 text-green-900"
      : mail.state === "off"
        ? "border-slate-300 bg-slate-50 text-slate-800"
        : "border-red-300 bg-red-50 text-red-900";
  return (
    <>
      <PageHeader
        title="Thư thông báo đã gửi"
        description="Mỗi người nhận một thư mỗi ngày gộp các việc cần xử lý; mỗi thư được gửi một lần qua hàng đợi công việc."
        actions={<RunNoticesButton />}
      />
      <p role="note" className={`mb-4 rounded border p-3 text-sm ${tone}`} data-testid="mail-state">
        {mail.message}
      </p>
      <TableScroll className="rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th className="p-2">Ngày</th>
              <th className="p-2">Người nhận</th>
              <th className="p-2">Tiêu đề</th>
              <th className="p-2">Nội dung</th>
              <th className="p-2">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {digests.map((d) => (
              <tr key={d.id} className="border-t border-slate-100 align-top">
                <td className="whitespace-nowrap p-2">{d.day.split("-").reverse().join("/")}</td>
                <td className="p-2">
                  {d.user.name}
                  <span className="block text-xs text-slate-500">{d.email}</span>
                </td>
                <td className="p-2">{d.subject}</td>
                <td className="p-2">
                  <ul className="list-disc pl-4">
                    {d.notices.map((n, i) => (
                      <li key={i}>
                        <span className="text-slate-500">
                          {isNoticeKind(n.kind) ? NOTICE_KINDS[n.kind] : n.kind}:{" "}
                        </span>
                        {n.text}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="whitespace-nowrap p-2">
                  {STATUS[d.status]}
                  {d.sentAt ? (
                    <span className="block text-xs text-slate-500">{fmtDateTime(d.sentAt)}</span>
                  ) : null}
                  {d.error ? <span className="block text-xs text-red-700">{d.error}</span> : null}
                </td>
              </tr>
            ))}
            {digests.length === 0 ? (
              <tr>
                <td colSpan={5} className="p-4 text-slate-500">
                  Chưa gửi thư nào.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
