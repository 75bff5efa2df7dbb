import { expect, test, type Page } from "@playwright/test";

// Single sign-on (issue 14, item 2) through a real OpenID Connect provider started by the e2e run
// (tests/e2e/oidc-server.ts): an identity whose user name is an existing account's signs in as that
// account; an unknown one is refused with the reason; the password sign-in stays.
test.use({ storageState: { cookies: [], origins: [] } });

async function throughProvider(page: Page, login: string) {
  await page.goto("/dang-nhap");
  await page.getByRole("button", { name: "Dùng tài khoản Cổng dịch vụ công tỉnh Sông Lam (SSO)" }).click();
  // the provider's own sign-in page, then its consent page
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("bat-ky");
  await page.locator('button[type="submit"]').click();
  const consent = page.locator('button[type="submit"]', { hasText: /continue/i });
  if (await consent.isVisible({ timeout: 5_000 }).catch(() => false)) await consent.click();
}

test("an SSO identity with an account's user name signs in as that account", async ({ page }) => {
  await throughProvider(page, "thutruong");
  await page.waitForURL("**/tong-quan", { timeout: 20_000 });
  await expect(page.getByTestId("current-user")).toContainText("Thủ trưởng đơn vị");
});

test("an SSO identity that matches no account stays out, told why; the password still works", async ({
  page,
}) => {
  await throughProvider(page, "nguoi-la");
  await page.waitForURL(/\/dang-nhap\?error=SsoNoAccount/, { timeout: 20_000 });
  await expect(page.getByText(/chưa được gắn với tài khoản nào đang hoạt động/)).toBeVisible();
  await page.getByLabel("Tên đăng nhập").fill("canbo");
  await page.getByLabel("Mật khẩu").fill("CCHC@2026");
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await page.waitForURL("**/tong-quan");
});
