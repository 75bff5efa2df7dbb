// Signs in once per demo account through the real sign-in page and saves the session.
import { chromium, type FullConfig } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { ACCOUNTS, AUTH_DIR, PASSWORD, storageState, type AccountKey } from "./accounts";

export default async function globalSetup(config: FullConfig) {
  const { baseURL, launchOptions } = config.projects[0]!.use;
  mkdirSync(AUTH_DIR, { recursive: true });
  const browser = await chromium.launch(launchOptions);
  for (const key of Object.keys(ACCOUNTS) as AccountKey[]) {
    const page = await browser.newPage({ baseURL });
    await page.goto("/dang-nhap");
    await page.getByLabel("Tên đăng nhập").fill(ACCOUNTS[key].username);
    await page.getByLabel("Mật khẩu").fill(PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForURL("**/tong-quan");
    await page.context().storageState({ path: storageState(key) });
    await page.close();
  }
  await browser.close();
}
