import { expect, it } from "vitest";
import { documentDateLine } from "./print-date";

it("writes the document date in Vietnam time", () => {
  expect(documentDateLine(new Date("2026-11-22T03:00:00Z"))).toBe("…, ngày 22 tháng 11 năm 2026");
  // 20:00 UTC on the 21st is already the 22nd in Vietnam (UTC+7)
  expect(documentDateLine(new Date("2026-11-21T20:00:00Z"), "Sơn La")).toBe(
    "Sơn La, ngày 22 tháng 11 năm 2026",
  );
  expect(documentDateLine(new Date("2026-03-05T03:00:00Z"))).toBe("…, ngày 05 tháng 03 năm 2026");
});
