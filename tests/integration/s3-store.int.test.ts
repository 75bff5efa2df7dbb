// Uploaded files in an S3-compatible object store (issue 14, item 3), against a local S3 server
// (s3rver): evidence written through the app's file store lands in the bucket and reads back; a
// backup lists the bucket; a store that is down refuses the upload in Vietnamese, nothing written.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error s3rver ships no types
import S3rver from "s3rver";
import { fileStore, readStoredFile, writeStoredFile, discardStoredFile } from "../../lib/files/storage";
import { S3Store, StoreUnavailableError } from "../../lib/files/store";
import { listStoredFiles } from "../../lib/db/backup";
import { importJobErrors, importJobView, queueCaseImport, runQueuedImport } from "../../lib/cases/import-job";
import { stopJobQueue } from "../../lib/jobs/queue";
import { parseUnitsFile } from "../../lib/units/units-file";
import { importUnits } from "../../lib/units/import-units";
import { db } from "../../lib/db/client";
import { makeUser } from "./factories";
import { readFileSync, rmSync, writeFileSync } from "node:fs";

let server: { close: () => Promise<void> };
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

beforeAll(async () => {
  const s3 = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory: mkdtempSync(path.join(tmpdir(), "cchc-s3-")),
    configureBuckets: [{ name: "cchc-tep" }],
  });
  const address = (await s3.run()) as AddressInfo;
  server = s3;
  Object.assign(process.env, {
    CCHC_S3_BUCKET: "cchc-tep",
    CCHC_S3_ENDPOINT: `http://127.0.0.1:${address.port}`,
    CCHC_S3_ACCESS_KEY_ID: "S3RVER",
    CCHC_S3_SECRET_ACCESS_KEY: "S3RVER",
  });
});

afterAll(async () => {
  await stopJobQueue(1_000);
  for (const k of [
    "CCHC_S3_BUCKET",
    "CCHC_S3_ENDPOINT",
    "CCHC_S3_ACCESS_KEY_ID",
    "CCHC_S3_SECRET_ACCESS_KEY",
  ])
    delete process.env[k];
  await server.close();
});

describe("the S3 file store", () => {
  it("holds what the app writes, reads it back, lists it for a backup and removes it", async () => {
    expect(fileStore()).toBeInstanceOf(S3Store);
    const { storageKey, sha256 } = await writeStoredFile(
      PDF,
      "application/pdf",
      new Date("2026-11-22T03:00:00Z"),
    );
    expect(storageKey).toMatch(/^2026\/11\/[0-9a-f-]{36}\.pdf$/);
    expect(await readStoredFile(storageKey)).toEqual(PDF);
    expect(await listStoredFiles(fileStore())).toEqual([{ key: storageKey, bytes: PDF.length, sha256 }]);
    await discardStoredFile(storageKey);
    expect(await listStoredFiles(fileStore())).toEqual([]);
  });

  it("refuses an upload in Vietnamese when the store is down, writing nothing", async () => {
    const keep = process.env.CCHC_S3_ENDPOINT;
    process.env.CCHC_S3_ENDPOINT = "http://127.0.0.1:9"; // nothing listens there
    try {
      const e = await writeStoredFile(PDF, "application/pdf").catch((x: unknown) => x);
      expect(e).toBeInstanceOf(StoreUnavailableError);
      expect(e).toMatchObject({
        status: 503,
        message: expect.stringMatching(/^Không lưu được tệp vào kho lưu trữ S3 \(cchc-tep\)/),
      });
    } finally {
      process.env.CCHC_S3_ENDPOINT = keep;
    }
    expect(await listStoredFiles(fileStore())).toEqual([]);
  });

  it("lets another app server run an import queued by one whose disk it cannot see", async () => {
    const fix = path.resolve(import.meta.dirname, "../fixtures/cases");
    await importUnits(parseUnitsFile(readFileSync(path.join(fix, "units.csv"))).units, null);
    const admin = await makeUser("ADMIN");
    // server A: the upload on its own disk, the import queued
    const file = path.join(mkdtempSync(path.join(tmpdir(), "cchc-may-a-")), "tai-len-0123456789abcdef.csv");
    writeFileSync(
      file,
      "ma_ho_so,ma_don_vi,ma_tthc,linh_vuc,kenh,ngay_tiep_nhan,ngay_hen_tra,ngay_ket_thuc_xu_ly\nS3-1,SO_A,1.001,Hộ tịch,2,2023-03-01,2023-03-10,2023-03-09\nS3-2,SO_A,1.001,Hộ tịch,1,2023-03-02,2023-03-10,2023-03-12\n",
    );
    const id = await queueCaseImport({ path: file, name: "ho-so.csv", bytes: 0 }, admin);
    expect(await listStoredFiles(fileStore())).toMatchObject([
      { key: "imports/tai-len-0123456789abcdef.csv" },
    ]);
    // server B cannot see A's disk: it takes the file from the bucket
    rmSync(file);
    await runQueuedImport(id);
    expect(await importJobErrors(id)).toEqual([]);
    expect(await importJobView(id)).toMatchObject({ status: "done", result: { inserted: 2 } });
    expect(await db().caseRecord.count({ where: { code: { startsWith: "S3-" } } })).toBe(2);
    expect(await listStoredFiles(fileStore())).toEqual([]);
  });
});
