import { describe, expect, it } from "vitest";
import { displayName, downloadName } from "./storage";

describe("names of stored files (issue 18, finding 12)", () => {
  it("downloads a file under the extension of its sniffed type", () => {
    expect(downloadName("poly.html", "application/pdf")).toBe("poly.pdf");
    expect(downloadName("Biên bản.PDF", "application/pdf")).toBe("Biên bản.pdf");
    expect(downloadName("anh", "image/png")).toBe("anh.png");
  });
  it("drops right-to-left overrides and control characters", () => {
    expect(displayName("hoa-don\u202Efdp.exe")).toBe("hoa-donfdp.exe");
    expect(downloadName("hoa-don\u202Efdp.exe", "application/pdf")).toBe("hoa-donfdp.pdf");
  });
});
