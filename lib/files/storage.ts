// Stored files (evidence PDFs, remediation attachments) live in the file store (lib/files/store.ts:
// the upload folder CCHC_UPLOAD_DIR, or an S3 bucket) under a generated key (year/month/uuid.ext);
// the user's file name is only stored for display and never becomes part of a path, and a file's
// type is read from its first bytes, not trusted from the browser.
import { createHash, randomUUID } from "node:crypto";
import path from "node:path";
import { env } from "../env";
import { dataDir } from "../data-dir";

export { dataDir };
import { fileStoreFor, type FileStore } from "./store";

export const EXTENSIONS = {
  "application/pdf": ".pdf",
  "image/png": ".png",
  "image/jpeg": ".jpg",
  "image/webp": ".webp",
} as const;
export type StoredMime = keyof typeof EXTENSIONS;

/** The type the bytes say, among the accepted ones; null for anything else. Pure. */
export function sniffMime(bytes: Uint8Array): StoredMime | null {
  const at = (i: number, s: string) => [...s].every((c, k) => bytes[i + k] === c.charCodeAt(0));
  if (at(0, "%PDF-")) return "application/pdf";
  if (bytes[0] === 0x89 && at(1, "PNG")) return "image/png";
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (at(0, "RIFF") && at(8, "WEBP")) return "image/webp";
  return null;
}

/** A file's name as shown: no directories, no control characters or quotes, at most 200 characters. */
export function displayName(name: string, fallback = "tep-dinh-kem"): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // control characters and the bidirectional overrides that make "fdp.exe" look like "exe.pdf"
  const clean = base
    .replace(/[\u0000-\u001f\u007f"\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .trim()
    .normalize("NFC")
    .slice(0, 200);
  return clean || fallback;
}

const EXTENSION: Record<string, string> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
};

/** The name a stored file is downloaded under: its extension is the one of its sniffed type (issue 18, finding 12). */
export function downloadName(name: string, mime: string): string {
  const ext = EXTENSION[mime];
  if (!ext) return displayName(name);
  const stem = displayName(name).replace(/\.[^.]*$/, "") || "tep-dinh-kem";
  return `${stem}.${ext}`;
}

export function uploadDir(): string {
  // beside the checkout's database (CCHC_DATA_DIR), so that two checkouts never share one and not the other
  return path.resolve(env.CCHC_UPLOAD_DIR ?? path.join(dataDir(), "uploads"));
}

/** The store uploaded files go to (the upload folder unless an S3 bucket is configured). */
export function fileStore(): FileStore {
  return fileStoreFor(uploadDir());
}

/** Writes new bytes under a fresh key; never overwrites. */
export async function writeStoredFile(
  bytes: Uint8Array,
  mime: StoredMime,
  now = new Date(),
): Promise<{ storageKey: string; sha256: string }> {
  const storageKey = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomUUID()}${EXTENSIONS[mime]}`;
  await fileStore().put(storageKey, bytes);
  return { storageKey, sha256: createHash("sha256").update(bytes).digest("hex") };
}

export async function readStoredFile(storageKey: string): Promise<Buffer> {
  return fileStore().get(storageKey);
}

/** Removes a stored file whose row was rolled back or deleted (best effort). */
export async function discardStoredFile(storageKey: string): Promise<void> {
  await fileStore().remove(storageKey);
}
