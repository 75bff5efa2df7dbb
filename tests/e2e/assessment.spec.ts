import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageState, type AccountKey } from "./accounts";

// The yearly cycle on the 2026 round of the departments (open in the demo) (SO): the unit's staff fill leaves with
// evidence and save, the unit head submits, Home Affairs appraises with a reason, imports the survey
// and publishes, and the unit sees its result. Forbidden paths are tried with direct requests.
// Re-runnable: if an earlier run moved the round on, the admin first reopens it through the UI.
test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const SHOTS = process.env.E2E_SHOTS_DIR ?? "test-results/assessment";
let roundId = 0;
let unitId = 0;

async function as(browser: Browser, key: AccountKey): Promise<Page> {
  const ctx = await browser.newContext({ storageState: storageState(key) });
  const page = await ctx.newPage();
  page.on("dialog", (d) => void d.accept());
  return page;
}

/** A valid one-page PDF, made here so that the test needs no fixture file. */
function tinyPdf(): Buffer {
  const objs = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets = objs.map((o, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body);
}

test("admin finds the 2026 SO round and makes sure it is open for SO_KHCN", async ({ browser }) => {
  const page = await as(browser, "admin");
  await page.goto("/dot-danh-gia");
  await page.getByTestId("round-2026-SO").getByRole("link").click();
  await page.waitForURL(/\/dot-danh-gia\/\d+$/);
  roundId = Number(page.url().split("/").pop());
  const reopen = page.getByRole("button", { name: "Mở lại thẩm định (điều chỉnh)" });
  if (await reopen.isVisible()) {
    await reopen.click();
    await expect(page.getByTestId("round-status")).toHaveText("Đang thẩm định");
  }
  const reopenSelf = page.getByRole("button", { name: "Mở lại tự đánh giá" });
  if (await reopenSelf.isVisible()) {
    await reopenSelf.click();
    await expect(page.getByTestId("round-status")).toHaveText("Đang tự đánh giá");
  }
  await page.goto(`/tham-dinh/${roundId}/SO_KHCN`);
  const back = page.getByRole("button", { name: "Trả lại đơn vị" });
  if (await back.isVisible()) {
    await page.getByLabel("Trả lại để đơn vị bổ sung (lý do)").fill(`Chạy lại kiểm thử ${stamp}`);
    await back.click();
    await expect(page.getByText("Đã trả lại hồ sơ cho đơn vị.")).toBeVisible();
  }
});

test("unit staff fill leaves with evidence and save; nothing typed is lost on a bad value", async ({
  browser,
}) => {
  const page = await as(browser, "staff");
  await page.goto(`/tu-danh-gia?dot=${roundId}`);
  const grid = page.getByTestId("self-grid");
  unitId = Number(await grid.getAttribute("data-unit-id"));

  const leaf = page.getByTestId("leaf-1.4");
  const before = await leaf.getByLabel("Điểm tự chấm tiêu chí 1.4").inputValue();
  await leaf.getByLabel("Điểm tự chấm tiêu chí 1.4").fill("9");
  await expect(leaf.getByText("Tiêu chí 1.4, điểm tự chấm: tối đa 1,5 điểm")).toBeVisible();
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(leaf.getByText("Tiêu chí 1.4, điểm tự chấm: tối đa 1,5 điểm")).toBeVisible();
  await expect(leaf.getByLabel("Điểm tự chấm tiêu chí 1.4")).toHaveValue("9");
  // a value that differs from what an earlier run may have saved, so that there is a change to save
  const target = before === "1,25" ? "1,5" : "1,25";
  await leaf.getByLabel("Điểm tự chấm tiêu chí 1.4").fill(target);
  await expect(page.getByTestId("leaf-1.4-points")).toHaveText(target === "1,5" ? "1,50" : "1,25");

  await leaf.locator("summary").click();
  await leaf.getByLabel("Số văn bản").fill(`15/KH-STTTT-${stamp}`);
  await leaf.getByLabel("Trang hoặc mục").fill("Mục II, trang 3");
  await leaf.getByLabel("Tệp PDF (tối đa 10 MB)").setInputFiles({
    name: "anh.png",
    mimeType: "application/pdf",
    buffer: Buffer.from("\x89PNG not a pdf"),
  });
  await leaf.getByRole("button", { name: "Thêm tài liệu" }).click();
  await expect(leaf.getByText("Tệp đính kèm phải là PDF")).toBeVisible();
  await expect(leaf.getByLabel("Số văn bản")).toHaveValue(`15/KH-STTTT-${stamp}`);
  await leaf.getByLabel("Tệp PDF (tối đa 10 MB)").setInputFiles({
    name: `Kế hoạch tuyên truyền ${stamp}.pdf`,
    mimeType: "application/pdf",
    buffer: tinyPdf(),
  });
  await leaf.getByRole("button", { name: "Thêm tài liệu" }).click();
  await expect(leaf.getByText("Đã thêm tài liệu kiểm chứng.")).toBeVisible();
  const link = leaf.getByRole("link", { name: new RegExp(`Kế hoạch tuyên truyền ${stamp}\\.pdf`) });
  const pdf = await page.request.get((await link.getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  // uploaded through one app server, served by the other (one database, one S3 store; issue 14)
  const other = await page.request.get(`${process.env.E2E_SECOND_URL}${await link.getAttribute("href")}`);
  expect(other.status()).toBe(200);
  expect(await other.body()).toEqual(await pdf.body());

  // The remaining leaves, so that the head can submit: a value and an explanation each.
  const missing = await page
    .locator('[data-state="missing"]')
    .evaluateAll((els) => els.map((e) => [e.getAttribute("data-testid")!, e.getAttribute("data-kind")!]));
  for (const [id, kind] of missing) {
    const card = page.getByTestId(id);
    const input = card.locator(`#${id.replace(/\./g, "\\.")}-value`);
    if (kind === "boolean" || kind === "choice") await input.selectOption({ index: 1 });
    else await input.fill(kind === "count" ? "0" : kind === "points" ? "1" : "95");
    await card.getByLabel(/Giải trình/).fill("Văn bản đang được số hóa, sẽ bổ sung bản PDF");
  }
  // leaving with unsaved changes asks first; choosing to stay keeps everything typed
  let asked = "";
  page.removeAllListeners("dialog");
  page.once("dialog", (d) => {
    asked = d.message();
    void d.dismiss();
  });
  await page.locator('a[href="/tong-quan"]:visible').first().click();
  await expect.poll(() => asked).toContain("thay đổi chưa lưu");
  page.on("dialog", (d) => void d.accept());
  await expect(page).toHaveURL(/\/tu-danh-gia/);
  await expect(page.getByTestId("leaf-1.4").getByLabel("Điểm tự chấm tiêu chí 1.4")).toHaveValue(target);
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByText(/Đã lưu nháp \d+ tiêu chí/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/grid-desktop.png`, fullPage: false });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.getByTestId("leaf-1.4").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/grid-375.png` });

  await page.reload();
  await expect(page.getByTestId("leaf-1.4").getByLabel("Điểm tự chấm tiêu chí 1.4")).toHaveValue(target);
  await expect(page.locator('[data-state="missing"]')).toHaveCount(0);
});

test("forbidden paths fail on the server for unit staff", async ({ browser }) => {
  const page = await as(browser, "staff");
  const other = await page.request.post("/api/assessment/values", {
    data: {
      roundId,
      unitId: unitId + 1,
      items: [{ code: "1.4", version: 0, selfValue: "1.5", notApplicable: false, explanation: null }],
    },
  });
  expect(other.status()).toBe(403);
  const submit = await page.request.post("/api/assessment/submit", { data: { roundId, unitId } });
  expect(submit.status()).toBe(403);
  const appraise = await page.request.post("/api/appraisal/values", {
    data: { roundId, unitId, code: "1.4", version: 1, appraisedValue: "1.5" },
  });
  expect(appraise.status()).toBe(403);
  expect((await page.goto("/tham-dinh"))?.status()).toBe(403);
  expect((await page.goto(`/dot-danh-gia/${roundId}`))?.status()).toBe(403);
});

test("the unit head submits", async ({ browser }) => {
  const page = await as(browser, "head");
  await page.goto(`/tu-danh-gia?dot=${roundId}`);
  await page.getByRole("button", { name: "Nộp tự đánh giá" }).click();
  await expect(page.getByTestId("submitted")).toBeVisible();
  await expect(page.getByRole("button", { name: "Lưu nháp" })).toHaveCount(0);
});

test("admin appraises with a reason, imports the survey and publishes", async ({ browser }) => {
  const page = await as(browser, "admin");
  await page.goto(`/tham-dinh/${roundId}/SO_KHCN`);
  const row = page.getByTestId("appr-1.4");
  await row.getByLabel("Giá trị thẩm định tiêu chí 1.4").fill("1");
  await expect(page.getByTestId("appr-1.4-points")).toHaveText("1,00");
  await row.getByLabel(/Lý do điều chỉnh/).fill("");
  await row.getByRole("button", { name: "Lưu thẩm định" }).click();
  await expect(row.getByText("cần ghi lý do")).toBeVisible();
  await row.getByLabel(/Lý do điều chỉnh/).fill(`Tài liệu chưa thể hiện kết quả tuyên truyền ${stamp}`);
  await row.getByLabel("Nhận xét cho đơn vị").fill("Bổ sung số liệu chuyên mục");
  await row.getByRole("button", { name: "Lưu thẩm định" }).click();
  await expect(row.getByText("Đã lưu")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/appraisal-desktop.png` });
  await page.setViewportSize({ width: 375, height: 800 });
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/appraisal-375.png` });
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.goto(`/dot-danh-gia/${roundId}`);
  const file = page.getByLabel(/Tệp CSV/);
  await file.setInputFiles({
    name: "xa-hoi-hoc.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("ma_don_vi,ma_tieu_chi,ty_le\nSO_KHCN,8.1,80\nSO_KHCN,1.4,80\n"),
  });
  await page.getByRole("button", { name: "Nhập kết quả điều tra" }).click();
  await expect(
    page.getByText('dòng 3, cột ma_tieu_chi: tiêu chí "1.4" không phải tiêu chí điều tra xã hội học'),
  ).toBeVisible();
  const csv = [
    "ma_don_vi,ma_tieu_chi,ty_le",
    ...["8.1", "8.2", "8.3", "8.4", "8.5"].map((c, i) => `SO_KHCN,${c},${80 + i}`),
  ].join("\n");
  await file.setInputFiles({ name: "xa-hoi-hoc.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Nhập kết quả điều tra" }).click();
  await expect(page.getByText(/Đã nhập kết quả điều tra/)).toBeVisible();

  await page.getByRole("button", { name: "Chuyển sang thẩm định" }).click();
  await expect(page.getByTestId("round-status")).toHaveText("Đang thẩm định");
  const reason = page.getByLabel(/Lý do điều chỉnh/);
  if (await reason.isVisible()) {
    await page.getByRole("button", { name: "Công bố bản điều chỉnh" }).click();
    await expect(page.getByText("Kết quả đã công bố: điều chỉnh phải có lý do")).toBeVisible();
    await reason.fill(`Điều chỉnh sau thẩm định lại ${stamp}`);
    await page.getByRole("button", { name: "Công bố bản điều chỉnh" }).click();
  } else {
    await page.getByRole("button", { name: "Công bố kết quả" }).click();
  }
  await expect(page.getByText(/Đã công bố phiên bản \d+\./)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("round-status")).toHaveText("Đã công bố");
  await expect(page.getByTestId("versions").getByRole("row")).not.toHaveCount(1);
});

test("the unit sees its published result with the appraisers' reason", async ({ browser }) => {
  const page = await as(browser, "staff");
  await page.goto(`/tu-danh-gia/ket-qua?dot=${roundId}`);
  await expect(page.getByTestId("unit-result")).toBeVisible();
  await expect(page.getByTestId("unit-result").getByText("Xếp loại", { exact: true })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "Công tác tuyên truyền CCHC" });
  await expect(row).toContainText(`Tài liệu chưa thể hiện kết quả tuyên truyền ${stamp}`);
  await expect(row).toContainText("0,50");
  await page.screenshot({ path: `${SHOTS}/result-desktop.png`, fullPage: false });
});
