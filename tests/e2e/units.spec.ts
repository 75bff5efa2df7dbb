import { expect, test } from "@playwright/test";
import { storageState } from "./accounts";

// Home Affairs edits a unit's validity and records its predecessor (issue 11); the page refuses others.
test.describe("Home Affairs edits a unit", () => {
  test.use({ storageState: storageState("admin") });
  test("ends a commune, records it merged into another, and reads it back on both pages", async ({ page }) => {
    await page.goto("/don-vi/X_011");
    await page.getByRole("link", { name: "Sửa đơn vị" }).click();
    await page.waitForURL(/\/don-vi\/X_011\/sua$/);
    await page.getByLabel("Đến hết ngày").fill("30/06/2025");
    await page.getByRole("button", { name: "Lưu đơn vị" }).click();
    await expect(page.getByText("Đã lưu (ghi nhật ký).")).toBeVisible();

    await page.goto("/don-vi/X_012/sua");
    const add = page.getByRole("form", { name: "Thêm đơn vị tiền thân" });
    await add.getByLabel("Đơn vị tiền thân").selectOption({ value: await add.getByLabel("Đơn vị tiền thân").locator("option", { hasText: "(X_011)" }).getAttribute("value") ?? "" });
    await add.getByLabel("Ngày hiệu lực (ngày đầu của đơn vị mới)").fill("01/08/2025");
    await add.getByRole("button", { name: "Thêm sự kiện" }).click();
    // the old commune ended on 30/06/2025: an event from 01/08/2025 is refused beside the date
    await expect(add.locator("#date-error")).toContainText("hết hiệu lực");
    await add.getByLabel("Ngày hiệu lực (ngày đầu của đơn vị mới)").fill("01/07/2025");
    await add.getByRole("button", { name: "Thêm sự kiện" }).click();
    await expect(page.getByTestId("lineage-events")).toContainText("Sáp nhập");
    await expect(page.getByTestId("lineage-events")).toContainText("01/07/2025");

    await page.goto("/don-vi/X_012");
    await expect(page.getByRole("heading", { name: "Kết quả của các đơn vị tiền thân" })).toBeVisible();
  });
});

test.describe("a unit head", () => {
  test.use({ storageState: storageState("head") });
  test("cannot open the unit editing page", async ({ page }) => {
    expect((await page.goto("/don-vi/SO_TTTT/sua"))?.status()).toBe(403);
  });
});
