import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { storageState } from "./accounts";

// The criteria editor end to end: copy last year's set, live totals, errors next to the node,
// nothing typed lost, save, export; and the save action refused to a unit head on the server.
const SHOTS = process.env.E2E_SHOTS_DIR;
const node = (page: Page, code: string) => page.locator(`li[data-node="${code}"]`).first();

test.describe("criteria sets as Home Affairs", () => {
  test.use({ storageState: storageState("admin") });

  test("copies the 2026 SO set to 2027, edits it with live totals and node-placed errors, saves and exports", async ({
    page,
    browser,
  }) => {
    await page.goto("/tieu-chi");
    await expect(page.getByRole("heading", { name: "Bộ tiêu chí", exact: true })).toBeVisible();
    await page.getByLabel("Sao chép từ").selectOption({ label: "2026 · Khối sở, ban, ngành · v1" });
    await page.getByLabel("Năm áp dụng").fill("2027");
    await page.getByRole("button", { name: "Sao chép và mở trình sửa" }).click();
    await page.waitForURL(/\/tieu-chi\/\d+\/sua/);
    const setId = Number(/\/tieu-chi\/(\d+)\//.exec(page.url())![1]);
    await expect(page.getByText("Đã sao chép thành bộ tiêu chí năm 2027")).toBeVisible();

    // Live totals: field 1 has 8 points (plus 1 bonus); raising 1.1 from 1 to 2 shows 9 at once.
    await expect(page.getByTestId("field-total-1")).toHaveText("1: 8,00");
    await expect(page.getByTestId("set-total")).toHaveText("100,00");
    await page.getByLabel("Điểm tối đa 1.1", { exact: true }).fill("2");
    await expect(page.getByTestId("field-total-1")).toHaveText("1: 9,00");
    await expect(page.getByTestId("max-1")).toContainText("9,00");
    await expect(page.getByTestId("set-total")).toHaveText("101,00");
    // The choice options of 1.1 may now give 2 points.
    await node(page, "1.1").getByRole("button", { name: "Chi tiết" }).click();
    await page.getByLabel("Điểm lựa chọn 1 của 1.1").fill("2");

    // Break two nodes: 1.2 loses all its bands, 1.4 takes the code of 1.3.
    await node(page, "1.2").getByRole("button", { name: "Chi tiết" }).click();
    for (let i = 0; i < 3; i++) await page.getByLabel("Xoá khoảng 1 của 1.2").click();
    await page.getByLabel("Mã tiêu chí 1.4").fill("1.3");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/editor-desktop-before-save.png`, fullPage: false });

    // Capture the save request to replay it later as a unit head.
    const saveRequest = page.waitForRequest(
      (r) => r.method() === "POST" && Boolean(r.headers()["next-action"]),
    );
    await page.getByRole("button", { name: "Lưu bộ tiêu chí" }).click();
    const request = await saveRequest;
    await expect(page.getByText(/Bộ tiêu chí chưa hợp lệ \(\d+ lỗi\)/)).toBeVisible();
    await expect(node(page, "1.2")).toContainText('Tiêu chí 1.2: ngưỡng "bands" phải có ít nhất một khoảng');
    await expect(page.locator('li[data-node="1.3"]').nth(1)).toContainText('mã "1.3" bị trùng');
    // Nothing typed was lost.
    await expect(page.getByLabel("Điểm tối đa 1.1", { exact: true })).toHaveValue("2");
    await expect(page.getByTestId("set-total")).toHaveText("101,00");
    if (SHOTS) {
      await node(page, "1.2").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/editor-desktop-errors.png` });
      await page.setViewportSize({ width: 375, height: 800 });
      await node(page, "1.2").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/editor-375-errors.png` });
      await page.setViewportSize({ width: 1280, height: 800 });
    }

    // Fix both and save.
    await page.getByRole("button", { name: "+ Thêm khoảng" }).click();
    await page.getByLabel("Khoảng 1 gte của 1.2").fill("0");
    await page.getByLabel("Khoảng 1 points của 1.2").fill("2");
    await page.locator('li[data-node="1.3"]').nth(1).getByLabel("Mã tiêu chí 1.3").fill("1.4");
    await page.getByRole("button", { name: "Lưu bộ tiêu chí" }).click();
    await expect(page.getByText("Đã lưu bộ tiêu chí.")).toBeVisible();
    await expect(node(page, "1.2")).not.toContainText("bands");

    // A unit head replaying the same save action is refused by the server; nothing changes.
    const head = await browser.newContext({ storageState: storageState("head") });
    const headers = Object.fromEntries(
      Object.entries(request.headers()).filter(([k]) => k.toLowerCase() !== "cookie"),
    );
    const replay = await head.request.post(request.url(), { headers, data: request.postData() ?? "" });
    expect(await replay.text()).toContain("Bạn không có quyền thực hiện thao tác này");
    const headPage = await head.newPage();
    expect((await headPage.goto(`/tieu-chi/${setId}/sua`))?.status()).toBe(403);
    await head.close();

    // The saved set, exported as JSON.
    await page.goto(`/tieu-chi/${setId}`);
    await expect(page.getByText("tổng điểm tối đa")).toContainText("101,00");
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Xuất JSON" }).click();
    const file = await (await download).path();
    const json = JSON.parse(readFileSync(file, "utf8"));
    expect(json).toMatchObject({ year: 2027, group: "SO" });
    expect(json.fields[0].children[0]).toMatchObject({ code: "1.1", max: 2 });
    expect(json.fields[0].children[1].rule).toEqual({ type: "bands", bands: [{ gte: 0, points: 2 }] });
  });
});
