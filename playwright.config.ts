import { defineConfig } from "@playwright/test";
import { existsSync } from "node:fs";

// Debian's Chromium where it exists (these machines cannot download Playwright's browsers);
// elsewhere Playwright's own. The server is started by scripts/e2e.ts on a throwaway database.
const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
const baseURL = process.env.E2E_BASE_URL ?? "http://localhost:3210";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  // The whole-cycle spec publishes the demo's 2024 SO round; it runs after every spec that reads
  // that round as provisional, so that the order of files never decides a result.
  projects: [
    { name: "app", testIgnore: /assessment\.spec\.ts/ },
    { name: "cycle", testMatch: /assessment\.spec\.ts/, dependencies: ["app"] },
  ],
  globalSetup: "./tests/e2e/global-setup.ts",
  use: {
    baseURL,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "off",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
});
