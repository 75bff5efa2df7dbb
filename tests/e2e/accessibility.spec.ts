import { expect, test, type Page } from "@playwright/test";
import { AxeBuilder } from "@axe-core/playwright";
import { storageState } from "./accounts";

// WCAG 2.1 A and AA checks by axe-core (contrast, names, labels, ARIA) on each role's main pages.
// Charts are hidden from assistive technology: the table beside or behind each one carries its figures.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function violations(page: Page, path: string) {
  expect((await page.goto(path))?.status(), path).toBe(200);
  const r = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return r.violations.map(
    (v) =>
      `${path}: ${v.id} (${v.impact}) ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(" "))
        .join(" | ")}`,
  );
}

test("the sign-in page", async ({ page }) => {
  expect(await violations(page, "/dang-nhap")).toEqual([]);
});

test.describe("Home Affairs", () => {
  test.use({ storageState: storageState("admin") });
  test("overview, rankings, heatmap, a unit profile, results, cases, appraisal and the criteria editor", async ({
    page,
  }) => {
    // sixteen pages, each analysed whole by axe: on a cold server this takes about a minute
    test.setTimeout(180_000);
    const found: string[] = [];
    for (const path of [
      "/tong-quan",
      "/xep-hang",
      "/xep-hang/ban-do-nhiet",
      "/don-vi/SO_KHCN",
      "/ket-qua",
      "/ho-so-tthc",
      "/ho-so-tthc/nhap",
      "/ke-hoach",
      "/tham-dinh",
      "/dot-danh-gia",
      "/tieu-chi",
      "/khac-phuc",
      "/khac-phuc/hieu-qua",
      "/quan-tri",
    ]) {
      found.push(...(await violations(page, path)));
    }
    const round = await page
      .goto("/tham-dinh")
      .then(() => page.locator('a[href^="/tham-dinh/"]').first().getAttribute("href"));
    if (round) found.push(...(await violations(page, round)));
    const set = await page
      .goto("/tieu-chi")
      .then(() => page.locator('a[href$="/sua"]').first().getAttribute("href"));
    if (set) found.push(...(await violations(page, set)));
    expect(found).toEqual([]);
  });
});

test.describe("a unit's staff", () => {
  test.use({ storageState: storageState("staff") });
  test("self-assessment, their unit, their remediation plan", async ({ page }) => {
    const found: string[] = [];
    for (const path of ["/tong-quan", "/tu-danh-gia", "/don-vi/SO_KHCN", "/khac-phuc/SO_KHCN", "/ke-hoach"])
      found.push(...(await violations(page, path)));
    expect(found).toEqual([]);
  });
});

test.describe("an inspector", () => {
  test.use({ storageState: storageState("inspector") });
  test("inspections and an inspection", async ({ page }) => {
    const found = await violations(page, "/kiem-tra");
    const first = await page.locator('a[href^="/kiem-tra/"]').first().getAttribute("href");
    if (first) found.push(...(await violations(page, first)));
    expect(found).toEqual([]);
  });
});
