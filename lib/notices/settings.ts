// A person's own notice settings: the e-mail address the digest goes to, and the kinds turned off.
// Audited like any change to an account.
import { z } from "zod";
import { db } from "../db/client";
import { recordAudit } from "../audit/record";
import { NOTICE_KIND_LIST, type NoticeKind } from "./kinds";

export const noticeSettingsInput = z.object({
  email: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.union([
      z.literal(""),
      z.email({ message: "Địa chỉ e-mail không hợp lệ (ví dụ: ten@tinh.gov.vn)" }).max(200),
    ]),
  ),
  /** the kinds to receive (checked boxes) */
  kinds: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(NOTICE_KIND_LIST as [NoticeKind, ...NoticeKind[]])),
  ),
});
export type NoticeSettingsInput = z.infer<typeof noticeSettingsInput>;

export async function noticeSettings(userId: number) {
  const u = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, noticeOptOut: true },
  });
  return { email: u.email ?? "", off: u.noticeOptOut };
}

export async function saveNoticeSettings(
  input: NoticeSettingsInput,
  actor: { id: number; username: string },
) {
  const off = NOTICE_KIND_LIST.filter((k) => !input.kinds.includes(k));
  const email = input.email || null;
  await db().$transaction(async (tx) => {
    const old = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { email: true, noticeOptOut: true },
    });
    if (old.email === email && JSON.stringify(old.noticeOptOut) === JSON.stringify(off)) return;
    await tx.user.update({ where: { id: actor.id }, data: { email, noticeOptOut: off } });
    await recordAudit(
      {
        actor,
        action: "update",
        entity: "User",
        entityId: actor.id,
        oldValue: { email: old.email, noticeOptOut: old.noticeOptOut },
        newValue: { email, noticeOptOut: off },
        reason: "Cài đặt thông báo",
      },
      tx,
    );
  });
  return { email, off };
}

/** A person's latest notices (sent or waiting), newest first. */
export async function myNotices(userId: number, take = 30) {
  return db().notice.findMany({
    where: { userId },
    orderBy: { id: "desc" },
    take,
    select: {
      id: true,
      kind: true,
      text: true,
      link: true,
      createdAt: true,
      digest: { select: { status: true, sentAt: true } },
    },
  });
}
