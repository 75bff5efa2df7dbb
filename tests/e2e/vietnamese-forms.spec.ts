import { expect, test } from "@playwright/test";
import { storageState } from "./accounts";

// Issue 14: forms read in Vietnamese whatever the browser's language. Run with an English browser:
// dates are typed and shown as dd/mm/yyyy, and a wrong or missing field gets the server's Vietnamese
// message beside it, never a browser bubble in English.
test.describe("forms in an English-language browser", () => {
  test.use({ storageState: storageState("admin"), locale: "en-US" });

  test("the round forms take and show dd/mm/yyyy and answer in Vietnamese beside the field", async ({
    page,
  }) => {
    await page.goto("/dot-danh-gia");
    const start = page.locator("#selfAssessmentStart").first();
    await expect(start).toHaveAttribute("type", "text");
    await expect(start).toHaveAttribute("placeholder", "dd/mm/yyyy");
    await page.getByLabel("Tên đợt").fill("Đợt thử ngôn ngữ trình duyệt");
    await start.fill("31/02/2026");
    await page.getByRole("button", { name: "Tạo đợt đánh giá" }).click();
    // submitted (no native bubble stopped it) and refused with Vietnamese messages beside the fields
    await expect(page.locator("#selfAssessmentStart-error").first()).toHaveText(
      "Ngày không hợp lệ (nhập theo dạng dd/mm/yyyy)",
    );
    await expect(page.locator("#selfAssessmentEnd-error").first()).toHaveText("Nhập ngày kết thúc");
    expect(await start.evaluate((el: HTMLInputElement) => el.validationMessage)).toBe("");

    // a stored window is shown as dd/mm/yyyy
    await page.getByTestId("round-2026-SO").getByRole("link").click();
    await page.waitForURL(/\/dot-danh-gia\/\d+$/);
    await expect(page.locator("#selfAssessmentStart")).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
  });
});
