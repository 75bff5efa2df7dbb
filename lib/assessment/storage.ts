import "server-only";
// Uploaded files live under CCHC_UPLOAD_DIR with a generated key; the user's file name is only
// stored for display and never becomes part of a path.
import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "../env";

const KEY = /^\d{4}\/[0-9a-f]{32}$/;

function root(): string {
  return path.resolve(env.CCHC_UPLOAD_DIR ?? ".data/uploads");
}

function pathOf(key: string): string {
  if (!KEY.test(key)) throw new Error(`invalid storage key ${key}`);
  return path.join(root(), key);
}

export async function storeUpload(bytes: Buffer, now = new Date()): Promise<{ storageKey: string; sha256: string }> {
  const storageKey = `${now.getUTCFullYear()}/${randomUUID().replace(/-/g, "")}`;
  const file = pathOf(storageKey);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes, { flag: "wx" });
  return { storageKey, sha256: createHash("sha256").update(bytes).digest("hex") };
}

export async function readUpload(storageKey: string): Promise<Buffer> {
  return readFile(pathOf(storageKey));
}

export async function removeUpload(storageKey: string): Promise<void> {
  await unlink(pathOf(storageKey)).catch(() => undefined);
}
