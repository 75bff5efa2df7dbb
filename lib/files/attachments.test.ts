import { describe, expect, it } from "vitest";
import { displayName, sniffMime } from "./attachments";

const bytes = (s: string, ...extra: number[]) => new Uint8Array([...extra, ...[...s].map((c) => c.charCodeAt(0))]);

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
  });
});
