import { expect, test } from "@playwright/test";
import { storageState } from "./accounts";

// Home Affairs edits a unit's validity and records its predecessor (issue 11); the page refuses others.
test.describe("Home Affairs edits a unit", () => {
  test.use({ storageState: storageState("admin") });
  // A boundary change late in 2026: xã Vân Tụ ends on 30/11/2026 and is merged into xã Yên Thành.
  test("ends a commune, records it merged into another, and reads it back on both pages", async ({
    page,
  }) => {
    await page.goto("/don-vi/XA_VANTU");
    await page.getByRole("link", { name: "Sửa đơn vị" }).click();
    await page.waitForURL(/\/don-vi\/XA_VANTU\/sua$/);
    await page.getByLabel("Đến hết ngày").fill("30/11/2026");
    await page.getByRole("button", { name: "Lưu đơn vị" }).click();
    await expect(page.getByText("Đã lưu (ghi nhật ký).")).toBeVisible();

    await page.goto("/don-vi/XA_YENTHANH/sua");
    const add = page.getByRole("form", { name: "Thêm đơn vị tiền thân" });
    await add.getByLabel("Đơn vị tiền thân").selectOption({
      value:
        (await add
          .getByLabel("Đơn vị tiền thân")
          .locator("option", { hasText: "(XA_VANTU)" })
          .getAttribute("value")) ?? "",
    });
    await add.getByLabel("Ngày hiệu lực (ngày đầu của đơn vị mới)").fill("15/12/2026");
    await add.getByRole("button", { name: "Thêm sự kiện" }).click();
    // the old commune ended on 30/11/2026: an event from 15/12/2026 is refused beside the date
    await expect(add.locator("#date-error")).toContainText("hết hiệu lực");
    await add.getByLabel("Ngày hiệu lực (ngày đầu của đơn vị mới)").fill("01/12/2026");
    await add.getByRole("button", { name: "Thêm sự kiện" }).click();
    await expect(page.getByTestId("lineage-events")).toContainText("Sáp nhập");
    await expect(page.getByTestId("lineage-events")).toContainText("01/12/2026");

    // xã Yên Thành's page now lists xã Vân Tụ among its predecessors, with its 2025 result
    await page.goto("/don-vi/XA_YENTHANH");
    const vanTu = page.getByTestId("predecessors").locator("tr", { hasText: "UBND xã Vân Tụ" });
    await expect(vanTu).toContainText("Sáp nhập");
    await expect(vanTu).toContainText("01/12/2026");
    await expect(vanTu.locator("td").nth(3)).toHaveText(/^\d{1,3},\d{2}$/);
  });
});

test.describe("a unit head", () => {
  test.use({ storageState: storageState("head") });
  test("cannot open the unit editing page", async ({ page }) => {
    expect((await page.goto("/don-vi/SO_TTTT/sua"))?.status()).toBe(403);
  });
});
