import { expect, test } from "@playwright/test";
import { storageState } from "./accounts";
import { atWidths } from "./screens";

// The province's standing in the national indices (issue 13, item 3): Home Affairs enters two years
// of PAR INDEX with a field and its lead department; everyone reads the trend; only Home Affairs edits.
test.describe("Home Affairs", () => {
  test.use({ storageState: storageState("admin") });
  test("enters PAR INDEX for two years and reads the change of score and rank", async ({ page }) => {
    await page.goto("/chi-so-quoc-gia?chi_so=PAR_INDEX");
    const form = page.getByRole("form", { name: "Nhập kết quả PAR INDEX" });
    // a rank beyond the number of provinces is refused beside the field
    await form.getByLabel("Năm").fill("2024");
    await form.getByLabel(/^Điểm\/chỉ số/).fill("80,1");
    await form.getByLabel("Xếp hạng").fill("70");
    await form.getByRole("button", { name: "Lưu kết quả" }).click();
    await expect(form.locator("#rank-error")).toContainText("63");
    await form.getByLabel("Xếp hạng").fill("20");
    await form.getByRole("button", { name: "Lưu kết quả" }).click();
    await expect(form.getByRole("status")).toContainText(/(Đã lưu|Không có thay đổi).*năm 2024/);

    await form.getByLabel("Năm").fill("2025");
    await form.getByLabel(/^Điểm\/chỉ số/).fill("84,5");
    await form.getByLabel("Xếp hạng").fill("12");
    await form.getByLabel("Trên tổng số tỉnh, thành phố").fill("");
    await form.getByRole("button", { name: "Lưu kết quả" }).click();
    await expect(form.getByRole("status")).toContainText(/(Đã lưu|Không có thay đổi).*năm 2025/);

    await page.reload();
    const trend = page.getByTestId("trend-PAR_INDEX");
    const y2025 = trend.locator("tr", { hasText: "2025" });
    await expect(y2025).toContainText("84,50");
    await expect(y2025).toContainText("+4,40");
    await expect(y2025).toContainText("12/34");
    await expect(y2025).toContainText("tăng 8 bậc");
  });
});

test.describe("a viewer", () => {
  test.use({ storageState: storageState("viewer") });
  test("reads the standing without the forms", async ({ page }) => {
    expect((await page.goto("/chi-so-quoc-gia"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "Chỉ số quốc gia của tỉnh" })).toBeVisible();
    await expect(page.getByRole("form", { name: /Nhập kết quả/ })).toHaveCount(0);
    // the demo's QĐ 766 sentence: 49,1 → 59,9 points, rank 54 → 55 of 63
    await expect(page.getByTestId("trend-QD766").locator("tr", { hasText: "2023" })).toContainText("55/63");
    await expect(page.getByTestId("trend-QD766").locator("tr", { hasText: "2023" })).toContainText(
      "giảm 1 bậc",
    );
    await expect(page.getByTestId("field-losses")).toBeVisible();
    // the overview carries each index's latest year, and the lead department reads its fields on its page
    await page.goto("/tong-quan");
    const card = page.getByTestId("national-standing");
    await expect(card.getByTestId("standing-QD766")).toContainText("QĐ 766 2025");
    await expect(card.getByTestId("standing-QD766")).toContainText("80,15");
    await expect(card.getByTestId("standing-QD766")).toContainText("hạng 20/34, tăng 20 bậc");
    await expect(card).toContainText("Lĩnh vực mất điểm nhiều nhất");
    await card.screenshot({ path: test.info().outputPath("tong-quan-chi-so-quoc-gia.png") });
    await page.goto("/don-vi/SO_KHCN");
    await expect(page.getByTestId("led-fields").locator("tbody tr")).toHaveCount(1);
    await expect(page.getByTestId("led-fields")).toContainText("PAR INDEX");
    await page.goto("/chi-so-quoc-gia");
    await atWidths(page, "chi-so-quoc-gia");
  });
});
