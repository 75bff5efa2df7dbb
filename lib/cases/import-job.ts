import "server-only";
// A case import started from the web: the upload is streamed to the data folder, an ImportJob row is
// queued (lib/jobs/queue.ts) and any app server's worker runs it; the row tracks progress (rows read,
// phase) and keeps the errors for the downloadable report; the import itself is the same as the
// CLI's. A run cut short by a dying server (its heartbeat stops) is started again from the file once,
// then closed with a clear message: an import writes all or nothing, so nothing half-written remains.
import { existsSync } from "node:fs";
import { open, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { dataDir, fileStore } from "../files/storage";
import { S3Store, type FileStore } from "../files/store";
import { db } from "../db/client";
import { CASE_IMPORT_QUEUE, jobQueue } from "../jobs/queue";
import type { StreamedUpload } from "../files/stream-upload";
import { importCases } from "./import-cases";
import { fileRows } from "./case-source";
import type { RowError } from "../csv/read-csv";
import type { ImportJobStatus } from "../db/generated/client";

const MAX_STORED_ERRORS = 20_000;
/** the running process writes its heartbeat this often; a job silent for INTERRUPTED_AFTER_MS died with it */
const HEARTBEAT_MS = 10_000;
export const INTERRUPTED_AFTER_MS = 60_000;
export const INTERRUPTED_MESSAGE =
  "Việc nhập bị gián đoạn vì máy chủ dừng giữa chừng. Không hồ sơ nào của tệp được ghi (nhập là tất cả hoặc không): hãy tải tệp lên lại.";
export const RESUMED_MESSAGE =
  "Máy chủ dừng giữa chừng: việc nhập được chạy lại từ đầu với tệp đã tải lên (chưa hồ sơ nào được ghi).";
/** runs of one job: the first, and one more after a server died under it */
const MAX_ATTEMPTS = 2;
type Actor = { id: number; username?: string };

export type ImportResult = { inserted: number; updated: number; unchanged: number };

/** What the import page and its polling see of a job (components/cases/import-form.tsx). */
export type ImportJobView = {
  id: number;
  fileName: string;
  status: ImportJobStatus;
  total: number;
  processed: number;
  errorCount: number;
  result: ImportResult | null;
  message: string | null;
};

/**
 * The store every app server reads (an S3 bucket), where a queued import's file is also put so that
 * any server can run it, or finish it when the one that took it died; null with local files only.
 */
function sharedStore(): FileStore | null {
  const store = fileStore();
  return store instanceof S3Store ? store : null;
}
const sharedKey = (filePath: string) => `imports/${path.basename(filePath)}`;

/** Removes a job's file: this server's copy and the shared one. */
async function dropJobFile(filePath: string) {
  await unlink(filePath).catch(() => {});
  await unlink(path.join(dataDir(), "imports", path.basename(filePath))).catch(() => {});
  await sharedStore()?.remove(sharedKey(filePath));
}

/** Queues the import of an uploaded file (already on disk under the data folder); any app server runs it. */
export async function queueCaseImport(upload: StreamedUpload, actor: Actor): Promise<number> {
  await closeInterruptedJobs();
  await sharedStore()
    ?.putFile(sharedKey(upload.path), upload.path)
    .catch(async (e: unknown) => {
      await unlink(upload.path).catch(() => {});
      throw e;
    });
  const ext = /\.xlsx$/i.test(upload.name) ? ".xlsx" : ".csv";
  const job = await db().importJob.create({
    data: {
      kind: "cases",
      fileName: upload.name.slice(0, 200),
      status: "queued",
      total: await estimateRows(upload.path, ext),
      createdById: actor.id,
      filePath: upload.path,
    },
  });
  await sendToQueue(job.id);
  return job.id;
}

async function sendToQueue(importJobId: number) {
  const boss = await jobQueue();
  await boss.send(CASE_IMPORT_QUEUE, { importJobId }, { retryLimit: 0, expireInHours: 4 });
}

/**
 * Runs a queued import (the queue's worker calls it). Claimed with one conditional update, so that a
 * job is run by one server only; a job already finished or claimed is left alone.
 */
export async function runQueuedImport(importJobId: number): Promise<void> {
  const claimed = await db().importJob.updateMany({
    where: { id: importJobId, status: "queued" },
    data: { status: "running", heartbeatAt: new Date(), attempts: { increment: 1 } },
  });
  if (!claimed.count) return;
  const job = await db().importJob.findUniqueOrThrow({ where: { id: importJobId } });
  const actor = await db().user.findUnique({
    where: { id: job.createdById },
    select: { id: true, username: true },
  });
  // queued by another server: its file comes from the shared store to this server's data folder
  let file = job.filePath;
  const shared = sharedStore();
  if (file && !existsSync(file) && shared) {
    const local = path.join(dataDir(), "imports", path.basename(file));
    file = await shared
      .getFile(sharedKey(file), local)
      .then(() => local)
      .catch(() => null);
  }
  if (!file || !existsSync(file)) {
    await db().importJob.update({
      where: { id: importJobId },
      data: {
        status: "error",
        finishedAt: new Date(),
        filePath: null,
        message:
          "Không còn tệp đã tải lên (trên máy chủ này hay trong kho lưu trữ chung): hãy tải tệp lên lại.",
      },
    });
    return;
  }
  await runJob(importJobId, file, actor ?? { id: job.createdById }).catch(async (e: unknown) => {
    await db()
      .importJob.update({
        where: { id: importJobId },
        data: {
          status: "error",
          finishedAt: new Date(),
          message: e instanceof Error ? e.message : String(e),
        },
      })
      .catch(() => {});
  });
}

/** Rows in a CSV estimated from its first 64 KB (0 for XLSX: unknown until read). */
async function estimateRows(file: string, ext: string): Promise<number> {
  if (ext !== ".csv") return 0;
  const size = (await stat(file)).size;
  const fh = await open(file, "r");
  try {
    const buf = Buffer.alloc(Math.min(size, 65_536));
    await fh.read(buf, 0, buf.length, 0);
    const lines = buf.toString("utf8").split("\n").length - 1;
    return lines > 0 ? Math.max(0, Math.round((size / buf.length) * lines) - 1) : 0;
  } finally {
    await fh.close();
  }
}

async function runJob(id: number, file: string, actor: Actor): Promise<void> {
  let last = 0;
  const beat = setInterval(
    () =>
      void db()
        .importJob.update({ where: { id }, data: { heartbeatAt: new Date() } })
        .catch(() => {}),
    HEARTBEAT_MS,
  );
  // Progress writes go one after another, and the final status waits for them: a late "merging"
  // must never overwrite "done" (the page would show the import running forever).
  let progress = Promise.resolve();
  try {
    const result = await importCases(fileRows(file), {
      audit: { actor, entityId: id, via: "web" },
      progressEvery: 5_000,
      onProgress: ({ rows, phase }) => {
        if (phase === "done" || (phase === "reading" && Date.now() - last < 500)) return;
        last = Date.now();
        progress = progress
          .then(() =>
            db().importJob.update({
              where: { id },
              data: { processed: rows, ...(phase === "merging" ? { status: "merging" } : {}) },
            }),
          )
          .then(
            () => {},
            () => {},
          );
      },
    });
    await progress;
    if (!result.ok) {
      await db().importJob.update({
        where: { id },
        data: {
          status: "failed",
          processed: result.rows,
          finishedAt: new Date(),
          errorCount: result.errors.length,
          errors: result.errors.slice(0, MAX_STORED_ERRORS),
        },
      });
      return;
    }
    await db().importJob.update({
      where: { id },
      data: {
        status: "done",
        processed: result.rows,
        total: result.rows,
        finishedAt: new Date(),
        result: { inserted: result.inserted, updated: result.updated, unchanged: result.unchanged },
      },
    });
  } finally {
    clearInterval(beat);
    await progress; // before the caller records an error
    await dropJobFile(file);
    await db()
      .importJob.update({ where: { id }, data: { filePath: null } })
      .catch(() => {});
  }
}

/** Every job still waiting, sent to the queue again (a worker starting; a second copy is harmless: one claim wins). */
export async function requeueWaitingJobs(): Promise<number> {
  const waiting = await db().importJob.findMany({ where: { status: "queued" }, select: { id: true } });
  for (const j of waiting) await sendToQueue(j.id);
  return waiting.length;
}

/**
 * Jobs left running by a process that died (killed, crashed, restarted): their heartbeat stopped.
 * An import writes all or nothing, so such a job wrote nothing: it is queued again from its file
 * (once), or closed with a clear message and its file deleted. Called by every app server's worker
 * when it starts and before jobs are shown or started.
 */
export async function closeInterruptedJobs(now = new Date()): Promise<number> {
  const stale = new Date(now.getTime() - INTERRUPTED_AFTER_MS);
  const jobs = await db().importJob.findMany({
    where: {
      status: { in: ["running", "merging"] },
      OR: [{ heartbeatAt: { lt: stale } }, { heartbeatAt: null, createdAt: { lt: stale } }],
    },
    select: { id: true, filePath: true, attempts: true },
  });
  for (const j of jobs) {
    const again =
      j.attempts < MAX_ATTEMPTS && !!j.filePath && (existsSync(j.filePath) || sharedStore() !== null);
    const { count } = await db().importJob.updateMany({
      where: { id: j.id, status: { in: ["running", "merging"] } },
      data: again
        ? { status: "queued", processed: 0, heartbeatAt: null, message: RESUMED_MESSAGE }
        : { status: "error", finishedAt: now, filePath: null, message: INTERRUPTED_MESSAGE },
    });
    if (!count) continue;
    if (again) await sendToQueue(j.id);
    else if (j.filePath) await dropJobFile(j.filePath);
  }
  return jobs.length;
}

export type RecentImport = {
  id: number;
  fileName: string;
  status: ImportJobView["status"];
  createdAt: Date;
  finishedAt: Date | null;
  createdById: number;
  by: string;
  processed: number;
  errorCount: number;
  message: string | null;
};

/** The latest web imports, newest first, for the import page (a reload shows where each one stands). */
export async function recentImports(limit = 10): Promise<RecentImport[]> {
  await closeInterruptedJobs();
  const jobs = await db().importJob.findMany({
    where: { kind: "cases" },
    orderBy: { id: "desc" },
    take: limit,
  });
  const names = new Map(
    (
      await db().user.findMany({
        where: { id: { in: jobs.map((j) => j.createdById) } },
        select: { id: true, name: true },
      })
    ).map((u) => [u.id, u.name]),
  );
  return jobs.map((j) => ({
    id: j.id,
    fileName: j.fileName,
    status: j.status,
    createdAt: j.createdAt,
    finishedAt: j.finishedAt,
    createdById: j.createdById,
    by: names.get(j.createdById) ?? "",
    processed: j.processed,
    errorCount: j.errorCount,
    message: j.message,
  }));
}

export async function importJobView(id: number): Promise<ImportJobView | null> {
  await closeInterruptedJobs();
  const j = await db().importJob.findUnique({ where: { id } });
  if (!j || j.kind !== "cases") return null;
  return {
    id: j.id,
    fileName: j.fileName,
    status: j.status,
    total: j.total,
    processed: j.processed,
    errorCount: j.errorCount,
    result: (j.result as ImportResult | null) ?? null,
    message: j.message,
  };
}

export async function importJobErrors(id: number): Promise<RowError[] | null> {
  const j = await db().importJob.findUnique({ where: { id } });
  if (!j || j.kind !== "cases") return null;
  return (j.errors as RowError[] | null) ?? [];
}
