// A large file sent as multipart/form-data, written to disk as it arrives (never whole in memory:
// a 200 MB upload through req.formData() grew the server by 450 MB). The same checks and statuses as
// an upload read from a form (lib/files/upload.ts): 422 no file, an empty file or the wrong kind,
// 413 over the limit; the partial file is deleted whenever the upload is refused or cut off.
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream } from "node:stream/web";
import { pipeline } from "node:stream/promises";
import busboy from "busboy";
import { DomainError, InvalidInputError } from "../errors";
import { uploadRefusals, type UploadRule } from "./upload";

export type StreamedUpload = { path: string; name: string; bytes: number };

/** The request's file field (`rule.field`, "file" by default) written under `dir`; other fields are ignored. */
export async function streamUpload(req: Request, rule: UploadRule, dir: string): Promise<StreamedUpload> {
  const refuse = uploadRefusals(rule);
  const field = rule.field ?? "file";
  const type = req.headers.get("content-type") ?? "";
  if (!req.body || !type.toLowerCase().startsWith("multipart/form-data"))
    throw new InvalidInputError({}, "Dữ liệu gửi lên không phải multipart/form-data");
  await mkdir(dir, { recursive: true });
  const parser = busboy({
    headers: { "content-type": type },
    limits: { files: 1, fileSize: rule.maxBytes, fields: 20 },
    defParamCharset: "utf8",
  });
  let target: string | null = null;
  let name = "";
  let bytes = 0;
  let tooLarge = false;
  let refused: DomainError | null = null;
  let writing: Promise<void> = Promise.resolve();
  parser.on("file", (fieldName, stream, info) => {
    name = info.filename ?? "";
    refused = fieldName !== field || target ? null : name ? refuse.wrongKind(name) : refuse.missing();
    if (fieldName !== field || target || refused) {
      stream.resume();
      return;
    }
    target = path.join(dir, `tai-len-${randomBytes(8).toString("hex")}${path.extname(name).toLowerCase()}`);
    stream.on("data", (c: Buffer) => (bytes += c.length));
    stream.on("limit", () => (tooLarge = true));
    writing = pipeline(stream, createWriteStream(target, { flags: "wx" }));
  });
  try {
    await new Promise<void>((resolve, reject) => {
      parser.on("error", reject);
      parser.on("close", () => resolve());
      const body = Readable.fromWeb(req.body as ReadableStream);
      body.on("error", reject);
      body.pipe(parser);
    }).catch(() => {
      throw new InvalidInputError({}, "Tệp gửi lên bị ngắt giữa chừng hoặc không đọc được");
    });
    await writing;
    if (refused) throw refused;
    if (tooLarge) throw refuse.tooLarge();
    if (!target) throw refuse.missing();
    if (bytes === 0) throw refuse.empty(name);
    return { path: target, name, bytes };
  } catch (e) {
    if (target) await rm(target, { force: true });
    throw e;
  }
}
