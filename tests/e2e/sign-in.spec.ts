import { expect, test } from "@playwright/test";
import { ACCOUNTS, PASSWORD, storageState, type AccountKey } from "./accounts";

// What each role must and must not find in its navigation.
const NAV: Record<AccountKey, { sees: string[]; hidden: string[] }> = {
  admin: { sees: ["Tổng quan", "Xếp hạng", "Thẩm định", "Quản trị", "Kiểm tra"], hidden: ["Tự đánh giá"] },
  head: { sees: ["Tổng quan", "Tự đánh giá", "Khắc phục"], hidden: ["Thẩm định", "Quản trị"] },
  staff: { sees: ["Tổng quan", "Tự đánh giá"], hidden: ["Thẩm định", "Quản trị"] },
  inspector: {
    sees: ["Tổng quan", "Kiểm tra", "Khắc phục"],
    hidden: ["Tự đánh giá", "Thẩm định", "Quản trị"],
  },
  viewer: { sees: ["Tổng quan", "Xếp hạng"], hidden: ["Tự đánh giá", "Thẩm định", "Quản trị"] },
};

test("the sign-in page is in Vietnamese and refuses a wrong password", async ({ page }) => {
  await page.goto("/tong-quan");
  await expect(page).toHaveURL(/\/dang-nhap/);
  await expect(page.getByRole("heading", { name: "Đăng nhập" })).toBeVisible();
  await page.getByLabel("Tên đăng nhập").fill("admin");
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "Tên đăng nhập hoặc mật khẩu không đúng",
  );
});

for (const key of Object.keys(ACCOUNTS) as AccountKey[]) {
  test(`${key} signs in and sees the navigation of the role`, async ({ browser }) => {
    const page = await browser.newPage();
    await page.goto("/dang-nhap");
    await page.getByLabel("Tên đăng nhập").fill(ACCOUNTS[key].username);
    await page.getByLabel("Mật khẩu").fill(PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page).toHaveURL(/\/tong-quan/);
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" }).last();
    for (const label of NAV[key].sees)
      await expect(nav.getByRole("link", { name: label, exact: true })).toBeVisible();
    for (const label of NAV[key].hidden)
      await expect(nav.getByRole("link", { name: label, exact: true })).toHaveCount(0);
    await page.close();
  });
}

test.describe("saved sessions", () => {
  test.use({ storageState: storageState("admin") });
  test("the overview reads real figures", async ({ page }) => {
    await page.goto("/tong-quan");
    await expect(page.getByRole("heading", { name: "Tổng quan" })).toBeVisible();
    await expect(page.getByText("Tiến độ đợt đánh giá 2026")).toBeVisible();
    await expect(page.getByRole("cell", { name: "Khối sở, ban, ngành" })).toBeVisible();
  });
});

test.describe("a session after sign-out (issue 18, finding 5)", () => {
  test.use({ storageState: storageState("admin") });
  test("a copy of the session cookie stops working once the user signs out", async ({ page, browser }) => {
    // a user of its own: signing out ends every session of that user, the saved demo ones too
    const created = await page.request.post("/api/admin/users", {
      data: {
        username: "phien.thu",
        name: "Người thử phiên",
        role: "VIEWER",
        unitId: null,
        password: "Phien-thu-2026",
      },
    });
    expect(created.status()).toBe(201);
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const user = await context.newPage();
    await user.goto("/dang-nhap");
    await user.getByLabel("Tên đăng nhập").fill("phien.thu");
    await user.getByLabel("Mật khẩu").fill("Phien-thu-2026");
    await user.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(user).toHaveURL(/\/tong-quan/);
    const copied = await context.cookies();
    await user.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(user).toHaveURL(/\/dang-nhap/);

    const thief = await browser.newContext({ storageState: { cookies: copied, origins: [] } });
    const stolen = await thief.newPage();
    await stolen.goto("/tong-quan");
    await expect(stolen).toHaveURL(/\/dang-nhap/);
    await thief.close();
    await context.close();
  });
});

test("pages are sent with a nonce-based CSP, no framing, and run without a CSP violation (issue 18, finding 6)", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
  });
  const res = await page.goto("/dang-nhap");
  const h = res!.headers();
  expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["referrer-policy"]).toBe("same-origin");
  await page.getByLabel("Tên đăng nhập").fill("admin");
  await page.getByLabel("Mật khẩu").fill(PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/tong-quan/);
  await page.goto("/xep-hang");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  expect(violations).toEqual([]);
});
