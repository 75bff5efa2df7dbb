// E-mail notices (issue 14, item 1) against a real SMTP server started in this process: a round's
// deadline reminder reaches each person once, in one daily digest with its link; a person who turned
// the kind off gets none; an appraisal that changed a value tells the unit with the reason; wrong
// settings are reported, not fatal.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { db } from "../../lib/db/client";
import { assessmentFixture } from "./assessment-fixture";
import { runDailyNotices } from "../../lib/notices/daily";
import { startWorkers } from "../../lib/jobs/workers";
import { stopJobQueue } from "../../lib/jobs/queue";
import { mailState } from "../../lib/notices/mailer";
import { sentDigests } from "../../lib/notices/digests";
import { saveSelfValues } from "../../lib/assessment/values";
import { submitUnit } from "../../lib/assessment/submission";
import { appraiseValue } from "../../lib/assessment/appraisal";

type Mail = { to: string; subject: string; text: string };
const inbox: Mail[] = [];
let server: SMTPServer;
let f: Awaited<ReturnType<typeof assessmentFixture>>;

/** Quoted-printable bytes as text. */
const qp = (text: string) =>
  Buffer.from(
    text
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
    "latin1",
  ).toString("utf8");

/** The message as a mail reader shows it (its bodies are quoted-printable). */
const decoded = (raw: string) => qp(raw);

/** A header's value, unfolded, its encoded words (Q or B, split anywhere) joined and decoded. */
function header(raw: string, name: string) {
  const m = new RegExp(`^${name}: (.*(?:\r?\n[ \t].*)*)`, "mi").exec(raw);
  const value = (m?.[1] ?? "").replace(/\r?\n[ \t]/g, " ");
  const words = [...value.matchAll(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi)];
  if (!words.length) return value.trim();
  const bytes = Buffer.concat(
    words.map(([, enc, w]) =>
      enc!.toUpperCase() === "B"
        ? Buffer.from(w!, "base64")
        : Buffer.from(
            w!
              .replace(/_/g, " ")
              .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
            "latin1",
          ),
    ),
  );
  return bytes.toString("utf8").trim();
}

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        for (const to of session.envelope.rcptTo)
          inbox.push({ to: to.address, subject: header(raw, "Subject"), text: decoded(raw) });
        done();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  process.env.CCHC_SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  process.env.CCHC_MAIL_FROM = "Sở Nội vụ <cchc@tinh.gov.vn>";
  process.env.NEXTAUTH_URL = "https://cchc.tinh.gov.vn";
  f = await assessmentFixture("MAIL");
  // the round closes in two days; A's head and staff and B's head have e-mail; B's staff turned the kind off
  await db().evaluationRound.update({
    where: { id: f.round.id },
    data: { selfAssessmentEnd: new Date(Date.now() + 2 * 86_400_000) },
  });
  for (const [u, email] of [
    [f.headA, "truong.a@tinh.gov.vn"],
    [f.staffA, "canbo.a@tinh.gov.vn"],
    [f.headB, "truong.b@tinh.gov.vn"],
    [f.staffB, "canbo.b@tinh.gov.vn"],
  ] as const)
    await db().user.update({ where: { id: u.id }, data: { email } });
  await db().user.update({
    where: { id: f.staffB.id },
    data: { noticeOptOut: ["SELF_ASSESSMENT_DUE"] },
  });
  await startWorkers();
}, 120_000);

afterAll(async () => {
  await stopJobQueue(1_000);
  await new Promise<void>((r) => server.close(() => r()));
  delete process.env.CCHC_SMTP_URL;
});

async function until(ok: () => boolean, what: string, ms = 30_000) {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${what}; inbox: ${inbox.map((m) => m.to).join(", ")}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("e-mail notices", () => {
  it("the self-assessment deadline reaches each person once, in one digest with the link", async () => {
    expect(await mailState()).toMatchObject({ state: "ok" });
    const first = await runDailyNotices();
    expect(first.digests).toBe(3);
    await until(() => inbox.length >= 3, "three digests");
    expect(inbox.map((m) => m.to).sort()).toEqual([
      "canbo.a@tinh.gov.vn",
      "truong.a@tinh.gov.vn",
      "truong.b@tinh.gov.vn",
    ]);
    const a = inbox.find((m) => m.to === "truong.a@tinh.gov.vn")!;
    expect(a.subject).toBe("[Chỉ số CCHC] Hạn tự đánh giá còn 3 ngày");
    expect(a.text).toContain("Kính gửi Người dùng MAIL.thutruong.a,");
    expect(a.text).toContain(`https://cchc.tinh.gov.vn/tu-danh-gia?dot=${f.round.id}`);
    // again the same day, and the next: nothing more for the same occasion
    expect(await runDailyNotices()).toMatchObject({ notices: 0, digests: 0 });
    expect(await runDailyNotices(new Date(Date.now() + 86_400_000))).toMatchObject({
      notices: 0,
      digests: 0,
    });
    await new Promise((r) => setTimeout(r, 1_500));
    expect(inbox).toHaveLength(3);
    const digests = await sentDigests();
    expect(digests.filter((d) => d.status === "sent")).toHaveLength(3);
  });

  it("an appraisal that changes the unit's value tells its people with the reason, in the next digest", async () => {
    await saveSelfValues(f.headA, {
      roundId: f.round.id,
      unitId: f.a.id,
      items: [
        { code: "1.1", version: 0, selfValue: "1", notApplicable: false, explanation: "Kế hoạch số 5" },
        {
          code: "1.2",
          version: 0,
          selfValue: "0",
          notApplicable: false,
          explanation: "Không có báo cáo chậm",
        },
      ],
    });
    await submitUnit(f.headA, { roundId: f.round.id, unitId: f.a.id });
    const r = await appraiseValue(f.admin, {
      roundId: f.round.id,
      unitId: f.a.id,
      code: "1.1",
      version: 1,
      appraisedValue: "0",
      notApplicable: false,
      reason: "Kế hoạch ban hành sau ngày 31/01",
      comment: null,
    });
    expect(r).toMatchObject({ ok: true });
    const notices = await db().notice.findMany({ where: { kind: "APPRAISAL_CHANGED" } });
    // A's head and staff
    expect(notices.map((n) => n.userId).sort()).toEqual([f.staffA.id, f.headA.id].sort());
    expect(notices[0]!.text).toBe(
      'Đợt thử 2024: tiêu chí 1.1 được thẩm định là "0" (tự đánh giá: "1"). Lý do: Kế hoạch ban hành sau ngày 31/01',
    );
    // they go out in the next digest, apart from the one already sent today
    const next = await runDailyNotices(new Date(Date.now() + 86_400_000));
    expect(next.digests).toBe(2);
    await until(() => inbox.length >= 5, "the appraisal digests");
    expect(
      inbox
        .slice(3)
        .map((m) => m.to)
        .sort(),
    ).toEqual(["canbo.a@tinh.gov.vn", "truong.a@tinh.gov.vn"]);
  });

  it("reports settings that cannot work without stopping anything", async () => {
    const keep = process.env.CCHC_SMTP_URL;
    process.env.CCHC_SMTP_URL = "http://mail.example";
    expect(await mailState()).toMatchObject({ state: "error", message: expect.stringContaining("smtp://") });
    process.env.CCHC_SMTP_URL = keep;
  });
});
