import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { myNotices, noticeSettings } from "@/lib/notices/settings";
import { NOTICE_KINDS, isNoticeKind } from "@/lib/notices/kinds";
import { fmtDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { NoticeSettingsForm } from "@/components/account/notice-settings-form";

export const metadata: Metadata = { title: "Thông báo" };

export default async function NoticeSettingsPage() {
  const user = await requirePermission("account:self");
  const [settings, notices] = await Promise.all([noticeSettings(user.id), myNotices(user.id)]);
  return (
    <>
      <PageHeader
        title="Thông báo"
        description="Những việc cần anh/chị xử lý được gửi gộp một thư mỗi ngày (7 giờ sáng) tới địa chỉ e-mail dưới đây."
      />
      <NoticeSettingsForm email={settings.email} off={settings.off} />
      <h2 className="mb-2 mt-8 text-lg font-semibold">Thông báo gần đây</h2>
      {notices.length ? (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
          {notices.map((n) => (
            <li key={n.id} className="p-3">
              <p className="text-xs text-slate-500">
                {isNoticeKind(n.kind) ? NOTICE_KINDS[n.kind] : n.kind} · {fmtDateTime(n.createdAt)} ·{" "}
                {n.digest?.status === "sent"
                  ? `đã gửi e-mail ${fmtDateTime(n.digest.sentAt)}`
                  : n.digest
                    ? "đang chờ gửi"
                    : "chưa gửi e-mail"}
              </p>
              <Link href={n.link} className="text-brand-700 underline">
                {n.text}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">Chưa có thông báo nào.</p>
      )}
    </>
  );
}
