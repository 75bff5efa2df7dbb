import { expect, test } from "@playwright/test";
import { storageState } from "./accounts";

// E-mail notices (issue 14, item 1): each person sets the address and the kinds they receive;
// Home Affairs sees the mail settings' state and every digest, and can run the day's notices.
test.describe("a unit head", () => {
  test.use({ storageState: storageState("head") });

  test("sets the e-mail for notices and turns a kind off; a bad address is refused beside the field", async ({
    page,
  }) => {
    await page.goto("/tong-quan");
    await page.getByRole("link", { name: "Thông báo", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Thông báo", level: 1 })).toBeVisible();
    const form = page.getByRole("form", { name: "Cài đặt thông báo qua e-mail" });
    await form.getByLabel("Địa chỉ e-mail nhận thông báo").fill("thutruong@");
    await form.getByRole("button", { name: "Lưu cài đặt" }).click();
    await expect(form.locator("#notice-email-error")).toContainText("Địa chỉ e-mail không hợp lệ");
    await form.getByLabel("Địa chỉ e-mail nhận thông báo").fill("thutruong@sokhcn.songlam.gov.vn");
    await form.getByLabel("Mục khắc phục đến hạn trong 7 ngày").uncheck();
    await form.getByRole("button", { name: "Lưu cài đặt" }).click();
    await expect(form.getByRole("status")).toContainText("Đã lưu cài đặt thông báo.");
    await page.reload();
    await expect(form.getByLabel("Địa chỉ e-mail nhận thông báo")).toHaveValue(
      "thutruong@sokhcn.songlam.gov.vn",
    );
    await expect(form.getByLabel("Mục khắc phục đến hạn trong 7 ngày")).not.toBeChecked();
    await expect(form.getByLabel("Hạn tự đánh giá còn 3 ngày")).toBeChecked();
  });

  test("cannot open the sent-mail page (the server refuses)", async ({ page }) => {
    expect((await page.goto("/quan-tri/thu-da-gui"))?.status()).toBe(403);
  });
});

test.describe("Home Affairs", () => {
  test.use({ storageState: storageState("admin") });

  test("sees that mail is not configured and runs the day's notices", async ({ page }) => {
    await page.goto("/quan-tri");
    await page.getByRole("link", { name: "Thư thông báo" }).click();
    await expect(page.getByTestId("mail-state")).toContainText("Chưa cấu hình gửi thư (CCHC_SMTP_URL)");
    await page.getByRole("button", { name: "Chạy thông báo hôm nay" }).click();
    await expect(page.getByRole("status")).toContainText(/\d+ thông báo mới, 0 thư được xếp hàng gửi\./);
  });
});
