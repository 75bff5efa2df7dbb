// Stored files (evidence, remediation attachments). The file's type is read from its first bytes,
// not trusted from the browser; its key is generated (the user's file name is only displayed);
// files live under CCHC_UPLOAD_DIR. Callers check who may attach to and read what.
import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { db, type Db } from "../db/client";
import { env } from "../env";
import { DomainError } from "../errors";

import { ATTACHMENT_MAX_BYTES } from "./limits";

export { ATTACHMENT_ACCEPT, ATTACHMENT_MAX_BYTES } from "./limits";
const EXTENSIONS = { "application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp" } as const;
export type AttachmentMime = keyof typeof EXTENSIONS;

/** The type the bytes say, among the accepted ones; null for anything else. Pure. */
export function sniffMime(bytes: Uint8Array): AttachmentMime | null {
  const at = (i: number, s: string) => [...s].every((c, k) => bytes[i + k] === c.charCodeAt(0));
  if (at(0, "%PDF-")) return "application/pdf";
  if (bytes[0] === 0x89 && at(1, "PNG")) return "image/png";
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (at(0, "RIFF") && at(8, "WEBP")) return "image/webp";
  return null;
}

export function uploadDir(): string {
  return path.resolve(env.CCHC_UPLOAD_DIR ?? path.join(process.cwd(), ".data", "uploads"));
}

/** A file's name as shown: no directories, no control characters, at most 200 characters. */
export function displayName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200);
  return clean || "tep-dinh-kem";
}

export type StoreInput = { file: File; unitId: number | null; uploadedById: number; field?: string };
type Tx = Pick<Db, "attachment">;

/**
 * Checks and stores one uploaded file; returns its Attachment row. Refusals name the form field
 * (`field`, default "file") so the form can show them next to the input.
 */
export async function storeAttachment({ file, unitId, uploadedById, field = "file" }: StoreInput, tx: Tx = db()) {
  const refuse = (m: string) => new DomainError(m, 422, { [field]: [m] });
  if (file.size === 0) throw refuse("Tệp đính kèm rỗng");
  if (file.size > ATTACHMENT_MAX_BYTES) throw refuse(`Tệp đính kèm vượt quá ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mime = sniffMime(bytes);
  if (!mime) throw refuse("Tệp đính kèm phải là PDF hoặc ảnh (PNG, JPEG, WebP)");
  const now = new Date();
  const storageKey = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomUUID()}${EXTENSIONS[mime]}`;
  const target = path.join(uploadDir(), storageKey);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, bytes, { flag: "wx" });
  try {
    return await tx.attachment.create({
      data: { storageKey, originalName: displayName(file.name), mimeType: mime, size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"), unitId, uploadedById },
    });
  } catch (e) {
    await unlink(target).catch(() => {});
    throw e;
  }
}

/** Removes a stored file whose row was rolled back (best effort). */
export async function discardStoredFile(storageKey: string): Promise<void> {
  await unlink(path.join(uploadDir(), storageKey)).catch(() => {});
}

export async function readAttachment(id: number) {
  const row = await db().attachment.findUnique({ where: { id } });
  if (!row) return null;
  const target = path.join(uploadDir(), row.storageKey);
  if (!target.startsWith(uploadDir() + path.sep)) return null;
  const data = await readFile(target).catch(() => null);
  return data ? { row, data } : null;
}

/** The download response: the stored type, the user's file name, never sniffed by the browser. */
export function attachmentResponse(row: { originalName: string; mimeType: string }, data: Buffer): Response {
  const ascii = row.originalName.normalize("NFD").replace(/[^\x20-\x7e]/g, "").replace(/["\\]/g, "_") || "tep";
  return new Response(new Uint8Array(data), {
    headers: {
      "Content-Type": row.mimeType,
      "Content-Length": String(data.length),
      "Content-Disposition": `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(row.originalName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
