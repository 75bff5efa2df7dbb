// A web import whose server died mid-way (issue 17): its heartbeat stops; the next look at the jobs,
// from any app server, closes it with a clear message and deletes its uploaded file. Imports write
// all or nothing, so nothing of it was stored.
import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { db } from "../../lib/db/client";
import {
  closeInterruptedJobs,
  importJobView,
  INTERRUPTED_AFTER_MS,
  INTERRUPTED_MESSAGE,
  recentImports,
} from "../../lib/cases/import-job";
import { makeUser } from "./factories";

describe("interrupted web imports", () => {
  it("are closed with a message and their file deleted; a live one is left running", async () => {
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
});
