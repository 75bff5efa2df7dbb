import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { storageState } from "./accounts";

// The list of units to remind, downloaded from a round's page; refused to everyone but Home Affairs.
test.describe("Home Affairs", () => {
  test.use({ storageState: storageState("admin") });
  test("downloads the units that have not submitted, as Excel", async ({ page }) => {
    await page.goto("/dot-danh-gia");
    const round = await page
      .locator('a[href^="/dot-danh-gia/"]')
      .filter({ hasText: /2026/ })
      .first()
      .getAttribute("href");
    await page.goto(round!);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: /Tải danh sách để nhắc nộp/ }).click();
    const file = await (await download).path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("Chưa nộp")!;
    expect(String(ws.getCell(1, 1).value)).toContain("Đơn vị chưa nộp tự đánh giá");
    expect(ws.getRow(4).getCell(7).value).toBe("Thủ trưởng đơn vị");
    expect(typeof ws.getRow(5).getCell(4).value).toBe("number");
  });
});

test("a unit head and a viewer are refused the reminder list (403 from the server)", async ({ browser }) => {
  for (const role of ["head", "viewer"] as const) {
    const ctx = await browser.newContext({ storageState: storageState(role) });
    expect((await ctx.request.get("/dot-danh-gia/9/nhac-nop")).status(), role).toBe(403);
    await ctx.close();
  }
});
