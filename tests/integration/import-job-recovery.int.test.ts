// A web import whose server died mid-way (issue 17): its heartbeat stops; the next look at the jobs,
// from any app server, queues it again from its file (once) — a worker on another server then runs it
// to the end — or closes it with a clear message and deletes its file. Imports write all or nothing,
// so nothing of the cut-short run was stored.
import { afterAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { db } from "../../lib/db/client";
import {
  closeInterruptedJobs,
  importJobView,
  INTERRUPTED_AFTER_MS,
  INTERRUPTED_MESSAGE,
  queueCaseImport,
  recentImports,
  RESUMED_MESSAGE,
} from "../../lib/cases/import-job";
import { startWorkers } from "../../lib/jobs/workers";
import { stopJobQueue } from "../../lib/jobs/queue";
import { parseUnitsFile } from "../../lib/units/units-file";
import { importUnits } from "../../lib/units/import-units";
import { makeUser } from "./factories";

afterAll(async () => {
  await stopJobQueue(1_000);
});

async function until<T>(what: string, get: () => Promise<T>, ok: (v: T) => boolean, ms = 120_000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("interrupted web imports", () => {
  it("are closed with a message and their file deleted once run again already; a live one is left running", async () => {
    const admin = await makeUser("ADMIN");
    const dir = mkdtempSync(path.join(tmpdir(), "cchc-job-"));
    const file = path.join(dir, "upload.csv");
    writeFileSync(file, "ma_ho_so\n");
    const old = new Date(Date.now() - INTERRUPTED_AFTER_MS - 5_000);
    const dead = await db().importJob.create({
      data: {
        kind: "cases",
        fileName: "ho-so-2024.csv",
        status: "running",
        processed: 42_000,
        total: 100_000,
        createdById: admin.id,
        heartbeatAt: old,
        filePath: file,
        attempts: 2,
      },
    });
    const live = await db().importJob.create({
      data: {
        kind: "cases",
        fileName: "ho-so-2025.csv",
        status: "merging",
        createdById: admin.id,
        heartbeatAt: new Date(),
      },
    });

    expect(await importJobView(dead.id)).toMatchObject({ status: "error", message: INTERRUPTED_MESSAGE });
    expect(existsSync(file)).toBe(false);
    expect(await importJobView(live.id)).toMatchObject({ status: "merging" });
    expect((await recentImports()).map((j) => [j.fileName, j.status])).toEqual([
      ["ho-so-2025.csv", "merging"],
      ["ho-so-2024.csv", "error"],
    ]);
    // the live one, once its process is gone a minute, is closed too
    expect(await closeInterruptedJobs(new Date(Date.now() + INTERRUPTED_AFTER_MS + 1_000))).toBe(1);
    expect(await importJobView(live.id)).toMatchObject({ status: "error" });
  });

  it("a run cut short by a killed server is queued again and finished by another server's worker", async () => {
    const fix = path.resolve(import.meta.dirname, "../fixtures/cases");
    await importUnits(parseUnitsFile(readFileSync(path.join(fix, "units.csv"))).units, null);
    const admin = await makeUser("ADMIN");
    const rows = 150_000;
    const dir = mkdtempSync(path.join(tmpdir(), "cchc-job-"));
    const file = path.join(dir, "ho-so-lon.csv");
    const lines = [
      "ma_ho_so,ma_don_vi,ma_tthc,linh_vuc,kenh,ngay_tiep_nhan,ngay_hen_tra,ngay_ket_thuc_xu_ly",
    ];
    for (let i = 0; i < rows; i++) {
      const d = 1 + (i % 28);
      lines.push(
        `CRASH-${i},SO_A,1.001,Hộ tịch,${1 + (i % 3)},2023-03-${String(d).padStart(2, "0")},2023-04-10,2023-04-0${1 + (i % 9)}`,
      );
    }
    writeFileSync(file, `${lines.join("\n")}\n`);
    const id = await queueCaseImport({ path: file, name: "ho-so-lon.csv", bytes: 0 }, admin);

    // a server takes the job, and is killed -9 while it reads the file
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "tests/integration/worker-child.ts"],
      {
        env: { ...process.env },
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
    await until(
      "the import to start",
      () => importJobView(id),
      (j) => (j?.processed ?? 0) > 0,
    );
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    expect(await importJobView(id)).toMatchObject({ status: "running" });
    expect(await db().caseRecord.count({ where: { code: { startsWith: "CRASH-" } } })).toBe(0);

    // a minute later another server looks: the job is queued again from its file, and its worker runs it
    expect(await closeInterruptedJobs(new Date(Date.now() + INTERRUPTED_AFTER_MS + 1_000))).toBe(1);
    expect(await importJobView(id)).toMatchObject({ status: "queued", message: RESUMED_MESSAGE });
    await startWorkers();
    const done = await until(
      "the import to finish",
      () => importJobView(id),
      (j) => j?.status === "done",
    );
    expect(done).toMatchObject({ result: { inserted: rows, updated: 0, unchanged: 0 } });
    expect(await db().caseRecord.count({ where: { code: { startsWith: "CRASH-" } } })).toBe(rows);
    expect(await db().importJob.findUniqueOrThrow({ where: { id } })).toMatchObject({
      attempts: 2,
      filePath: null,
    });
    expect(existsSync(file)).toBe(false);
  }, 240_000);
});
