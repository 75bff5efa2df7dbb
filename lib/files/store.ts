// The one interface through which uploaded files are written and read, with two drivers: the local
// upload folder (default) and an S3-compatible object store (CCHC_S3_BUCKET …), which several app
// servers behind a load balancer share. A key is written once (never overwritten); a store that is
// down fails the upload with a Vietnamese message and nothing half-written.
import { createReadStream, createWriteStream } from "node:fs";
import { copyFile, mkdir, readFile, readdir, stat, unlink, writeFile } from "node:fs/promises";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import path from "node:path";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { DomainError } from "../errors";
import { storageEnv } from "../env";

export interface FileStore {
  /** what the store is, for messages and the admin page */
  readonly label: string;
  /** writes new bytes under a key that must not exist yet */
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
  /** every key, in no particular order (backups) */
  keys(): AsyncIterable<string>;
  /** a large local file (an import being queued) copied in, streamed */
  putFile(key: string, file: string): Promise<void>;
  /** a stored file copied to a local path, streamed (an import run on another server) */
  getFile(key: string, file: string): Promise<void>;
}

export class StoreUnavailableError extends DomainError {
  constructor(store: string, cause: unknown) {
    super(
      `Không lưu được tệp vào ${store}: ${cause instanceof Error ? cause.message : String(cause)}. Chưa có gì được ghi; hãy thử lại sau.`,
      503,
    );
  }
}

/** The local upload folder; keys are paths below it (never outside it). */
export class LocalStore implements FileStore {
  readonly label: string;
  constructor(private readonly root: string) {
    this.label = `thư mục ${root}`;
  }
  private pathOf(key: string) {
    const root = path.resolve(this.root);
    const target = path.resolve(root, key);
    if (!target.startsWith(root + path.sep)) throw new Error(`invalid storage key ${key}`);
    return target;
  }
  async put(key: string, bytes: Uint8Array) {
    const target = this.pathOf(key);
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, bytes, { flag: "wx" });
    } catch (e) {
      // a partial write is removed; an existing file (same key) is never touched
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") await unlink(target).catch(() => {});
      throw new StoreUnavailableError(this.label, e);
    }
  }
  get(key: string) {
    return readFile(this.pathOf(key));
  }
  async remove(key: string) {
    await unlink(this.pathOf(key)).catch(() => {});
  }
  async putFile(key: string, file: string) {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    if (path.resolve(file) !== target) await copyFile(file, target);
  }
  async getFile(key: string, file: string) {
    if (path.resolve(file) !== this.pathOf(key)) await copyFile(this.pathOf(key), file);
  }
  async *keys() {
    const root = path.resolve(this.root);
    async function* walk(dir: string): AsyncGenerator<string> {
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const e of entries) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) yield* walk(full);
        else if (e.isFile()) yield path.relative(root, full).split(path.sep).join("/");
      }
    }
    yield* walk(root);
  }
}

/** An S3-compatible bucket; keys are object keys. */
export class S3Store implements FileStore {
  readonly label: string;
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {
    this.label = `kho lưu trữ S3 (${bucket})`;
  }
  async put(key: string, bytes: Uint8Array) {
    try {
      await this.client.send(
        new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, IfNoneMatch: "*" }),
      );
    } catch (e) {
      throw new StoreUnavailableError(this.label, e);
    }
  }
  async get(key: string) {
    const r = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    return Buffer.from(await r.Body!.transformToByteArray());
  }
  async remove(key: string) {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key })).catch(() => {});
  }
  async putFile(key: string, file: string) {
    try {
      const { size } = await stat(file);
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: createReadStream(file),
          ContentLength: size,
        }),
      );
    } catch (e) {
      throw new StoreUnavailableError(this.label, e);
    }
  }
  async getFile(key: string, file: string) {
    const r = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    await mkdir(path.dirname(file), { recursive: true });
    await pipeline(r.Body as Readable, createWriteStream(file));
  }
  async *keys() {
    let token: string | undefined;
    do {
      const r = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, ContinuationToken: token }),
      );
      for (const o of r.Contents ?? []) if (o.Key) yield o.Key;
      token = r.IsTruncated ? r.NextContinuationToken : undefined;
    } while (token);
  }
}

let cached: { signature: string; store: FileStore } | null = null;

/** The store the settings name: S3 when CCHC_S3_BUCKET is set, else the local folder `localRoot`. */
export function fileStoreFor(localRoot: string): FileStore {
  const s = storageEnv();
  const signature = JSON.stringify({ ...s, localRoot });
  if (cached?.signature === signature) return cached.store;
  const store = s.bucket
    ? new S3Store(
        new S3Client({
          region: s.region,
          endpoint: s.endpoint ?? undefined,
          forcePathStyle: s.forcePathStyle,
          credentials:
            s.accessKeyId && s.secretAccessKey
              ? { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey }
              : undefined,
          maxAttempts: 2,
          // plain uploads (no aws-chunked checksum trailers), which every S3-compatible store reads
          requestChecksumCalculation: "WHEN_REQUIRED",
          responseChecksumValidation: "WHEN_REQUIRED",
          requestHandler: { requestTimeout: 15_000, connectionTimeout: 5_000 },
        }),
        s.bucket,
      )
    : new LocalStore(localRoot);
  cached = { signature, store };
  return store;
}
