import { expect, test } from "@playwright/test";
import { storageState } from "./accounts";

// The results pages fed by the engine: a round's result per unit, one unit's detail with the
// source of every value, and a unit head limited to their own unit on the server.
const SHOTS = process.env.E2E_SHOTS_DIR;

test.describe("results as Home Affairs", () => {
  test.use({ storageState: storageState("admin") });

  test("a published round and the live 2026 round, then one unit's detail", async ({ page }) => {
    await page.goto("/ket-qua?nam=2023&khoi=SO");
    await expect(page.getByRole("heading", { name: "Kết quả Chỉ số CCHC năm 2023" })).toBeVisible();
    await expect(page.getByText(/đã công bố ngày/)).toBeVisible();
    const rows = page.getByTestId("round-result-table").locator("tbody tr");
    await expect(rows).toHaveCount(20);
    await expect(rows.first().locator("td").first()).toHaveText("1");

    await page.goto("/ket-qua?nam=2026&khoi=SO");
    await expect(page.getByText("tạm tính, chưa công bố")).toBeVisible();
    // every line of an unpublished round is marked provisional, not only those with unappraised values
    await expect(rows.first()).toBeVisible();
    await expect(rows.filter({ hasNotText: "tạm tính" })).toHaveCount(0);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/results-round.png`, fullPage: true });
    await page.getByRole("link", { name: "Sở Khoa học và Công nghệ" }).click();
    await page.waitForURL(/\/ket-qua\/\d+\/SO_KHCN/);
    const tree = page.getByTestId("unit-result-tree");
    await expect(tree.locator('tr[data-code="3.2"]')).toContainText("Từ dữ liệu hồ sơ");
    await expect(tree.locator('tr[data-code="1"]')).toContainText("/ 8,00");
    await expect(page.getByTestId("deficiencies")).toBeVisible();
    if (SHOTS) {
      await page.screenshot({ path: `${SHOTS}/results-unit.png`, fullPage: true });
      await page.setViewportSize({ width: 375, height: 800 });
      await page.screenshot({ path: `${SHOTS}/results-unit-375.png`, fullPage: false });
    }
  });
});

test.describe("results as a unit head", () => {
  test.use({ storageState: storageState("head") });

  test("sees only their own unit and is refused another unit's detail", async ({ page }) => {
    await page.goto("/ket-qua?nam=2023&khoi=SO");
    const rows = page.getByTestId("round-result-table").locator("tbody tr");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("Sở Khoa học và Công nghệ");
    const href = await rows.first().getByRole("link").getAttribute("href");
    expect((await page.goto(href!))?.status()).toBe(200);
    await expect(page.getByTestId("unit-result-tree").locator('tr[data-code="8.1"]')).toContainText(
      "Khảo sát",
    );
    expect((await page.goto(href!.replace("SO_KHCN", "SO_TP")))?.status()).toBe(403);
    expect((await page.goto(href!.replace("SO_KHCN", "KHONG_CO")))?.status()).toBe(403);
  });
});
