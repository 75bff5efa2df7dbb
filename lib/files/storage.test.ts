import { describe, expect, it, vi } from "vitest";

// before lib/env reads it: files go to a throwaway folder
vi.hoisted(() => {
  process.env.CCHC_UPLOAD_DIR = `${process.env.TMPDIR ?? "/tmp"}/cchc-storage-unit-${process.pid}`;
});

import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  discardStoredFile,
  displayName,
  readStoredFile,
  sniffMime,
  uploadDir,
  writeStoredFile,
} from "./storage";

const bytes = (s: string, ...extra: number[]) =>
  new Uint8Array([...extra, ...[...s].map((c) => c.charCodeAt(0))]);

describe("sniffMime", () => {
  it.each([
    ["PDF", bytes("%PDF-1.7\n"), "application/pdf"],
    ["PNG", bytes("PNG\r\n", 0x89), "image/png"],
    ["JPEG", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0]), "image/jpeg"],
    ["WebP", bytes("RIFF\0\0\0\0WEBPVP8 "), "image/webp"],
    ["HTML named .pdf", bytes("<html><script>"), null],
    ["ZIP/DOCX", bytes("PK\u0003\u0004"), null],
    ["empty", new Uint8Array(), null],
  ])("%s", (_n, b, mime) => expect(sniffMime(b)).toBe(mime));
});

describe("displayName", () => {
  it("keeps the base name, drops directories and control characters", () => {
    expect(displayName("../../etc/Biên bản\u0000.pdf")).toBe("Biên bản.pdf");
    expect(displayName("C:\\Users\\a\\Báo cáo.pdf")).toBe("Báo cáo.pdf");
    expect(displayName("   ")).toBe("tep-dinh-kem");
    expect(displayName("", "tai-lieu.pdf")).toBe("tai-lieu.pdf");
    expect(displayName('Quyết định "số 12".pdf')).toBe("Quyết định số 12.pdf");
    expect(displayName("Ke\u0302\u0301 hoa\u0323ch.pdf")).toBe("Kế hoạch.pdf");
  });
});

describe("stored files", () => {
  it("writes under a generated key named by the sniffed type, reads it back and discards it", async () => {
    const pdf = bytes("%PDF-1.4\n");
    const { storageKey, sha256 } = await writeStoredFile(
      pdf,
      "application/pdf",
      new Date("2026-03-05T00:00:00Z"),
    );
    expect(storageKey).toMatch(/^2026\/03\/[0-9a-f-]{36}\.pdf$/);
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(new Uint8Array(await readStoredFile(storageKey))).toEqual(pdf);
    await discardStoredFile(storageKey);
    await expect(readStoredFile(storageKey)).rejects.toThrow();
  });

  it("still reads files stored under the earlier evidence keys (year/32 hex digits)", async () => {
    const key = "2024/0123456789abcdef0123456789abcdef";
    await mkdir(path.join(uploadDir(), "2024"), { recursive: true });
    await writeFile(path.join(uploadDir(), key), "%PDF-1.4\n");
    expect((await readStoredFile(key)).toString()).toBe("%PDF-1.4\n");
  });

  it("refuses a key that leads outside the upload folder", async () => {
    await expect(readStoredFile("../../etc/passwd")).rejects.toThrow("invalid storage key");
    await expect(readStoredFile("/etc/passwd")).rejects.toThrow("invalid storage key");
  });
});
