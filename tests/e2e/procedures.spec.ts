import { expect, test } from "@playwright/test";
import { storageState } from "./accounts";

// The procedures catalogue is kept by year (issue 12, item 3): a year reads each unit's catalogue in
// force, Home Affairs removes a procedure from a year's catalogue on the page, a unit sees its own.
test.describe("Home Affairs", () => {
  test.use({ storageState: storageState("admin") });

  test("reads each year's catalogue and removes a procedure from the 2026 one", async ({ page }) => {
    await page.goto("/ho-so-tthc/thu-tuc?nam=2024");
    const row = page.getByRole("row", { name: /Sở Khoa học và Công nghệ/ });
    await expect(row).toContainText("(danh mục năm 2022)");
    await expect(page.getByText("Trực tuyến toàn trình", { exact: true })).toBeVisible();
    await expect(page.getByRole("paragraph").filter({ hasText: "Toàn trình hoặc một phần" })).toBeVisible();
    await expect(page.getByText("tính theo tỷ lệ toàn trình", { exact: true })).toBeVisible();

    await page.goto("/ho-so-tthc/thu-tuc?nam=2026");
    const count = Number(await row.getByRole("cell").first().textContent());
    await row.getByRole("link", { name: "Sở Khoa học và Công nghệ" }).click();
    const list = page.getByRole("heading", {
      name: /Thủ tục của Sở Khoa học và Công nghệ \(danh mục năm 2026\)/,
    });
    await expect(list).toBeVisible();
    const first = page.getByRole("button", { name: /^Xoá thủ tục / }).first();
    const label = (await first.getAttribute("aria-label"))!.replace("Xoá thủ tục ", "");
    page.once("dialog", (d) => {
      expect(d.message()).toBe(`Xoá thủ tục "${label}" khỏi danh mục năm 2026?`);
      void d.accept();
    });
    await first.click();
    await expect(row.getByRole("cell").first()).toHaveText(String(count - 1));
    await expect(page.getByRole("cell", { name: label, exact: true })).toHaveCount(0);
    // the 2022 catalogue still has it
    await page.goto("/ho-so-tthc/thu-tuc?nam=2022");
    await expect(row.getByRole("cell").first()).not.toHaveText(String(count - 1));
  });
});

test.describe("a unit", () => {
  test.use({ storageState: storageState("head") });

  test("sees its own catalogue without removing anything", async ({ page }) => {
    await page.goto("/ho-so-tthc/thu-tuc?nam=2026");
    await expect(page.getByRole("heading", { name: /danh mục năm 2026/ })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Xoá thủ tục / })).toHaveCount(0);
  });
});
