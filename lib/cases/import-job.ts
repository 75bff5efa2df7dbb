import "server-only";
// A case import started from the web: the uploaded file is saved, an ImportJob row tracks progress
// (rows read, phase) and keeps the errors for the downloadable report; the import itself is the
// same as the CLI's.
import { open, stat, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { db } from "../db/client";
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

export async function startCaseImport(file: File, actor: Actor): Promise<number> {
  const ext = /\.xlsx$/i.test(file.name) ? ".xlsx" : ".csv";
  const tmp = path.join(tmpdir(), `cchc-import-${randomBytes(8).toString("hex")}${ext}`);
  await writeFile(tmp, Buffer.from(await file.arrayBuffer()));
  await closeInterruptedJobs();
  const job = await db().importJob.create({
    data: {
      kind: "cases",
      fileName: file.name.slice(0, 200),
      status: "running",
      total: await estimateRows(tmp, ext),
      createdById: actor.id,
      heartbeatAt: new Date(),
      filePath: tmp,
    },
  });
  void runJob(job.id, tmp, actor).catch(async (e: unknown) => {
    await db()
      .importJob.update({
        where: { id: job.id },
        data: {
          status: "error",
          finishedAt: new Date(),
          message: e instanceof Error ? e.message : String(e),
        },
      })
      .catch(() => {});
  });
  return job.id;
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
    await unlink(file).catch(() => {});
    await db()
      .importJob.update({ where: { id }, data: { filePath: null } })
      .catch(() => {});
  }
}

/**
 * Jobs left running by a process that died (killed, crashed, restarted): their heartbeat stopped.
 * An import writes all or nothing, so such a job wrote nothing: it is closed with a clear message
 * and its uploaded file deleted. Called before jobs are shown or started, by any app server.
 */
export async function closeInterruptedJobs(now = new Date()): Promise<number> {
  const stale = new Date(now.getTime() - INTERRUPTED_AFTER_MS);
  const jobs = await db().importJob.findMany({
    where: {
      status: { in: ["running", "merging"] },
      OR: [{ heartbeatAt: { lt: stale } }, { heartbeatAt: null, createdAt: { lt: stale } }],
    },
    select: { id: true, filePath: true },
  });
  for (const j of jobs) {
    const { count } = await db().importJob.updateMany({
      where: { id: j.id, status: { in: ["running", "merging"] } },
      data: { status: "error", finishedAt: now, filePath: null, message: INTERRUPTED_MESSAGE },
    });
    if (count && j.filePath) await unlink(j.filePath).catch(() => {});
  }
  return jobs.length;
}

export type RecentImport = {
  id: number;
  fileName: string;
  status: ImportJobView["status"];
  createdAt: Date;
  finishedAt: Date | null;
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
