// The SMTP transport of e-mail notices (nodemailer), from CCHC_SMTP_URL ("smtp://user:pass@host:587",
// "smtps://…:465") and CCHC_MAIL_FROM. Unset: notices are still recorded, no e-mail goes out. A value
// that cannot work is reported (log, admin page) and never stops the app.
import nodemailer, { type Transporter } from "nodemailer";
import { mailEnv } from "../env";

export type MailState =
  { state: "off"; message: string } | { state: "ok"; message: string } | { state: "error"; message: string };

let cached: { url: string; transport: Transporter } | null = null;

/** What is wrong with the settings, or null (settings that parse; the server may still refuse). */
export function mailSettingsProblem(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== "smtp:" && u.protocol !== "smtps:")
      return `CCHC_SMTP_URL phải bắt đầu bằng smtp:// hoặc smtps:// (đang là "${u.protocol}")`;
    if (!u.hostname) return "CCHC_SMTP_URL thiếu tên máy chủ";
    return null;
  } catch {
    return "CCHC_SMTP_URL không phải là một địa chỉ hợp lệ (ví dụ: smtp://tai-khoan:mat-khau@mail.tinh.gov.vn:587)";
  }
}

/** The transport, or null when e-mail is off or its settings are unusable. */
export function mailTransport(): Transporter | null {
  const { smtpUrl } = mailEnv();
  if (!smtpUrl || mailSettingsProblem(smtpUrl)) return null;
  if (cached?.url !== smtpUrl)
    cached = {
      url: smtpUrl,
      transport: nodemailer.createTransport(smtpUrl, {
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      }),
    };
  return cached.transport;
}

let lastCheck: { at: number; url: string | null; result: MailState } | null = null;

/** Whether e-mail can go out, checked against the server (cached a minute), said in Vietnamese. */
export async function mailState(): Promise<MailState> {
  const { smtpUrl } = mailEnv();
  if (lastCheck && lastCheck.url === smtpUrl && Date.now() - lastCheck.at < 60_000) return lastCheck.result;
  let result: MailState;
  const problem = mailSettingsProblem(smtpUrl);
  if (!smtpUrl)
    result = {
      state: "off",
      message: "Chưa cấu hình gửi thư (CCHC_SMTP_URL): thông báo chỉ được ghi lại, không gửi e-mail.",
    };
  else if (problem) result = { state: "error", message: problem };
  else {
    const host = new URL(smtpUrl).host;
    result = await mailTransport()!
      .verify()
      .then(
        (): MailState => ({ state: "ok", message: `Gửi thư qua ${host}` }),
        (e: unknown): MailState => ({
          state: "error",
          message: `Không kết nối được máy chủ thư ${host}: ${e instanceof Error ? e.message : String(e)}`,
        }),
      );
  }
  lastCheck = { at: Date.now(), url: smtpUrl, result };
  return result;
}
