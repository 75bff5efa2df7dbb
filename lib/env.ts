// The one place that reads process.env. Everything else imports `env`.
import { z } from "zod";

// zod's own messages (where a schema names none) in Vietnamese: this module is loaded by every
// server entry point, so no API answers in English (issue 18, finding 11).
z.config(z.locales.vi());

const schema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL phải là một URL PostgreSQL" }).optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  /** the app's public address; https here makes the session cookie Secure */
  NEXTAUTH_URL: z.string().url().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  CCHC_UPLOAD_DIR: z.string().optional(),
  CCHC_DATA_DIR: z.string().optional(),
  /** the province's target share of procedures offered online (%), seed 000: 50 */
  /** the province printed on reports: "tỉnh Sông Lam", "thành phố Hà Nội" (lib/reports/issuer.ts) */
  CCHC_PROVINCE: z.string().optional(),
  /** reverse proxies in front of the app that append to X-Forwarded-For (0: none, the header is ignored) */
  CCHC_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  /** the province's own code in files exchanged with the national portal (official QĐ 766 scores) */
  CCHC_PROVINCE_CODE: z.string().trim().min(1).default("TINH"),
  CCHC_ONLINE_SERVICE_TARGET: z.coerce.number().min(0).max(100).default(50),
  /** which share the target judges: fully online procedures (default), or fully or partly online */
  CCHC_ONLINE_SERVICE_BASIS: z.enum(["toan_trinh", "toan_trinh_mot_phan"]).default("toan_trinh"),
});

export const env = schema.parse(process.env);

/** Read at call time: the CLI and scripts set it after starting the embedded server. */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL chưa được đặt: hãy chạy ứng dụng bằng `npm start` (PostgreSQL nhúng) hoặc đặt DATABASE_URL.",
    );
  }
  return url;
}

/**
 * E-mail notices (issue 14): off when CCHC_SMTP_URL is unset. Read at call time and checked where
 * used (lib/notices/mailer.ts): a wrong value never stops the app, it is reported instead.
 */
export function mailEnv() {
  return {
    smtpUrl: process.env.CCHC_SMTP_URL?.trim() || null,
    from: process.env.CCHC_MAIL_FROM?.trim() || "Chỉ số CCHC <khong-tra-loi@localhost>",
    appUrl: (process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, ""),
  };
}

/**
 * Single sign-on with the province's OpenID Connect provider (issue 14): off unless the issuer, client
 * id and secret are all set. Read at call time; checked in lib/auth/sso.ts, never fatal.
 */
export function ssoEnv() {
  return {
    issuer: process.env.CCHC_OIDC_ISSUER?.trim().replace(/\/+$/, "") || null,
    clientId: process.env.CCHC_OIDC_CLIENT_ID?.trim() || null,
    clientSecret: process.env.CCHC_OIDC_CLIENT_SECRET?.trim() || null,
    /** the button's words: "Đăng nhập bằng tài khoản …" */
    name: process.env.CCHC_OIDC_NAME?.trim() || "Cổng dịch vụ công của tỉnh",
  };
}

/**
 * Where uploaded files live (issue 14): the local upload folder by default; an S3-compatible object
 * store (AWS S3, MinIO, Ceph …) when CCHC_S3_BUCKET is set, so that several app servers share them.
 */
export function storageEnv() {
  const endpoint = process.env.CCHC_S3_ENDPOINT?.trim() || null;
  return {
    bucket: process.env.CCHC_S3_BUCKET?.trim() || null,
    endpoint,
    region: process.env.CCHC_S3_REGION?.trim() || "us-east-1",
    accessKeyId: process.env.CCHC_S3_ACCESS_KEY_ID?.trim() || null,
    secretAccessKey: process.env.CCHC_S3_SECRET_ACCESS_KEY?.trim() || null,
    /** MinIO and most self-hosted stores want bucket/key paths rather than bucket.host names */
    forcePathStyle: (process.env.CCHC_S3_FORCE_PATH_STYLE ?? (endpoint ? "1" : "0")) !== "0",
  };
}
