import { expect, test, type Page } from "@playwright/test";

// One screen at the widths people use (a laptop, a phone): no sideways scroll, and a screenshot
// of what is in view kept with the test's output. Full-page screenshots of the long pages (a unit
// profile at 375 px is several metres of canvas) took most of a minute on a loaded CI machine, so
// the screenshot is of the viewport; the sideways-scroll check covers the whole page.
export async function atWidths(page: Page, name: string, widths: number[] = [1280, 375]) {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(200);
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`) });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
