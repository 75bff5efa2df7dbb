// The daily e-mail: each person's notices not yet sent, gathered into one digest a day and sent
// through the job queue. A digest is sent at most once: the send marks it, and a retry after a
// failure (or a restart) finds it marked. Home Affairs sees every digest (app/(app)/quan-tri/thu-da-gui).
import { db } from "../db/client";
import { mailEnv } from "../env";
import { digestBody, digestSubject } from "./kinds";
import type { Transporter } from "nodemailer";

/** Gathers every waiting notice of people who have an e-mail into the day's digest; returns the digests to send. */
export async function prepareDigests(day: string): Promise<number[]> {
  const waiting = await db().notice.groupBy({
    by: ["userId"],
    where: { digestId: null, user: { active: true, email: { not: null } } },
  });
  const ids: number[] = [];
  for (const { userId } of waiting) {
    const id = await db().$transaction(async (tx) => {
      const user = await tx.user.findUniqueOrThrow({
        where: { id: userId },
        select: { email: true, noticeOptOut: true },
      });
      const email = user.email?.trim();
      if (!email) return null;
      // a digest of the day already sent: these wait for tomorrow's
      const existing = await tx.noticeDigest.findUnique({ where: { userId_day: { userId, day } } });
      if (existing && existing.status !== "queued") return null;
      const digest =
        existing ?? (await tx.noticeDigest.create({ data: { userId, day, email, subject: "" } }));
      await tx.notice.updateMany({
        where: { userId, digestId: null, kind: { notIn: user.noticeOptOut } },
        data: { digestId: digest.id },
      });
      const lines = await tx.notice.findMany({ where: { digestId: digest.id }, orderBy: { id: "asc" } });
      if (!lines.length) {
        if (!existing) await tx.noticeDigest.delete({ where: { id: digest.id } });
        return null;
      }
      await tx.noticeDigest.update({
        where: { id: digest.id },
        data: { subject: digestSubject(lines), email },
      });
      return digest.id;
    });
    if (id) ids.push(id);
  }
  return ids;
}

export type SendOutcome = "sent" | "already sent" | "nothing to send";

/** Sends one digest (the queue's worker calls it; a failure is recorded and thrown, so the queue retries). */
export async function sendDigest(id: number, transport: Transporter): Promise<SendOutcome> {
  const digest = await db().noticeDigest.findUnique({
    where: { id },
    include: { user: { select: { name: true } }, notices: { orderBy: { id: "asc" } } },
  });
  if (!digest || digest.status === "sent") return "already sent";
  if (!digest.notices.length) return "nothing to send";
  const { from, appUrl } = mailEnv();
  const body = digestBody(digest.user.name, digest.notices, appUrl);
  await db().noticeDigest.update({ where: { id }, data: { attempts: { increment: 1 } } });
  try {
    await transport.sendMail({
      from,
      to: digest.email,
      subject: digest.subject,
      text: body.text,
      html: body.html,
      headers: { "X-CCHC-Digest": String(id) },
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await db().noticeDigest.update({ where: { id }, data: { error: message.slice(0, 500) } });
    throw e;
  }
  await db().noticeDigest.update({
    where: { id },
    data: { status: "sent", sentAt: new Date(), error: null },
  });
  return "sent";
}

/** Marks a digest the queue gave up on. */
export async function digestFailed(id: number): Promise<void> {
  await db().noticeDigest.updateMany({ where: { id, status: "queued" }, data: { status: "failed" } });
}

/** The latest digests, newest first, for Home Affairs. */
export async function sentDigests(limit = 200) {
  return db().noticeDigest.findMany({
    orderBy: { id: "desc" },
    take: limit,
    include: {
      user: { select: { name: true, username: true } },
      notices: { select: { kind: true, text: true }, orderBy: { id: "asc" } },
    },
  });
}
