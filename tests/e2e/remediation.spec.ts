import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, storageState } from "./accounts";
import { atWidths } from "./screens";

// The corrective-action loop in the browser: an inspector records a finding; the unit head builds
// the plan from it and from lost points, updates progress with evidence and reports back; Home
// Affairs verifies one item and reopens another; the follow-up views show it. Forbidden paths are
// refused by the server. Names carry a tag so that the spec can run again on the same database.
test.describe.configure({ mode: "serial", timeout: 180_000 });
// the first visit of a page in a dev server compiles it
const slow = { timeout: 45_000 };

const tag = Date.now().toString(36);
const decision = `${tag}/QĐ-SNV`;
const findingText = `Chưa công khai kết quả giải quyết phản ánh, kiến nghị (${tag})`;
const ownerFinding = `Phòng CNTT ${tag}`;
const ownerDeficiency = `Văn phòng Sở ${tag}`;
const pdf = {
  name: `Quyết định khắc phục ${tag}.pdf`,
  mimeType: "application/pdf",
  buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
};

async function signIn(page: Page, username: string) {
  await page.goto("/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL("**/tong-quan");
}

let itemIds: { finding: number; deficiency: number };
let planYear: number;

test.describe("inspector", () => {
  test.use({ storageState: storageState("inspector"), viewport: { width: 1280, height: 800 } });
  test("records a finding on a new inspection of SO_KHCN", async ({ page }) => {
    await page.goto("/kiem-tra");
    const form = page.getByRole("form", { name: "Lập cuộc kiểm tra" });
    if (!(await form.isVisible())) await page.locator("summary", { hasText: "Lập cuộc kiểm tra" }).click();
    await form.getByLabel("Số quyết định").fill(decision);
    await form.getByLabel("Ngày quyết định").fill("2026-10-01");
    await form.getByLabel("Ngày kiểm tra").fill("2026-10-15");
    await form.getByLabel("Đơn vị được kiểm tra").selectOption({ label: "Sở Khoa học và Công nghệ" });
    await form.getByRole("button", { name: "Lập cuộc kiểm tra" }).click();
    await expect(form.getByRole("status")).toContainText("Đã lập cuộc kiểm tra");
    await form.getByRole("link", { name: "Ghi nhận tồn tại, hạn chế" }).click();
    await expect(page.getByRole("heading", { name: "Kiểm tra Sở Khoa học và Công nghệ" })).toBeVisible(slow);

    const f = page.getByRole("form", { name: "Ghi nhận tồn tại, hạn chế" });
    await f.getByLabel("Tồn tại, hạn chế").fill(findingText);
    await f.getByLabel("Mã tiêu chí (nếu có)").fill("9.9");
    await f.getByLabel("Mức độ").selectOption("HIGH");
    await f.getByLabel("Hạn khắc phục").fill("2027-03-31");
    await f.getByLabel("Yêu cầu khắc phục").fill("Công khai đầy đủ kết quả trên Trang thông tin điện tử");
    await f.getByRole("button", { name: "Ghi nhận" }).click();
    // refused on the server, the field named, nothing typed lost
    await expect(f.locator("#criterionCode-error")).toContainText(
      'Mã tiêu chí "9.9" không có trong bộ tiêu chí',
    );
    await expect(f.getByLabel("Tồn tại, hạn chế")).toHaveValue(findingText);
    await f.getByLabel("Mã tiêu chí (nếu có)").fill("3.4");
    await f.getByRole("button", { name: "Ghi nhận" }).click();
    await expect(f.getByRole("status").last()).toContainText("Đã ghi nhận");
    await expect(page.getByRole("cell", { name: findingText })).toBeVisible();

    // the conclusion: a day before the visit is refused beside the field; then it is recorded whole
    const c = page.getByRole("form", { name: "Kết luận kiểm tra" });
    await c.getByLabel("Số thông báo kết luận").fill(`${decision}-KL`);
    await c.getByLabel("Ngày kết luận").fill("01/10/2026");
    await c.getByLabel("Xếp loại chung").selectOption("Khá");
    await c.getByRole("button", { name: "Lưu kết luận" }).click();
    await expect(c.locator("#conclusion-date-error")).toContainText(
      "không được trước ngày kiểm tra (15/10/2026)",
    );
    await c.getByLabel("Ngày kết luận").fill("25/10/2026");
    await c.getByRole("button", { name: "Lưu kết luận" }).click();
    await expect(c.getByText("Đã lưu kết luận.")).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("conclusion")).toContainText(
      `Thông báo kết luận số ${decision}-KL ngày 25/10/2026 · xếp loại chung: Khá · 1 tồn tại, hạn chế`,
    );

    // a follow-up directive: a deadline before its day is refused beside the field, then it is tracked
    const d = page.getByRole("form", { name: "Ban hành chỉ đạo khắc phục" });
    await d.getByLabel("Số văn bản").fill(`${decision}-CĐ`);
    await d.getByLabel("Ngày văn bản").fill("26/10/2026");
    await d.getByLabel("Hạn thực hiện").fill("20/10/2026");
    await d.getByLabel("Nội dung chỉ đạo").fill("Chỉ đạo khắc phục trong 30 ngày");
    await d.getByRole("button", { name: "Ban hành chỉ đạo" }).click();
    await expect(d.locator("#directive-due-error")).toContainText(
      "Hạn thực hiện không được trước ngày văn bản",
    );
    await expect(d.getByLabel("Nội dung chỉ đạo")).toHaveValue("Chỉ đạo khắc phục trong 30 ngày");
    await d.getByLabel("Hạn thực hiện").fill("25/11/2026");
    await d.getByRole("button", { name: "Ban hành chỉ đạo" }).click();
    await expect(d.getByText("Đã ghi chỉ đạo khắc phục.")).toBeVisible();
    const row = page.getByRole("row", { name: /Chỉ đạo khắc phục trong 30 ngày/ });
    await expect(row).toContainText(`Số ${decision}-CĐ`);
    await expect(row).toContainText("Sở Khoa học và Công nghệ");
    await expect(row).toContainText("Chưa đưa vào kế hoạch");
    await expect(page.getByTestId("conclusion")).toContainText("1 văn bản chỉ đạo khắc phục");

    // the decision's day corrected later, the header follows
    await page.locator("summary", { hasText: "Sửa quyết định, đoàn kiểm tra" }).click();
    const edit = page.getByRole("form", { name: "Sửa quyết định, đoàn kiểm tra" });
    await expect(edit.getByLabel("Số quyết định")).toHaveValue(decision);
    await edit.getByLabel("Ngày quyết định").fill("02/10/2026");
    await edit.getByRole("button", { name: "Lưu thay đổi" }).click();
    await expect(edit.getByRole("status")).toContainText("Đã lưu thay đổi.");
    await expect(page.getByText(`Quyết định số ${decision} ngày 02/10/2026`)).toBeVisible();
    await atWidths(page, "inspection");
  });

  test("a decision number already used is refused beside the field; an inspection entered in error is deleted", async ({
    page,
  }) => {
    page.on("dialog", (d) => void d.accept());
    await page.goto("/kiem-tra");
    const form = page.getByRole("form", { name: "Lập cuộc kiểm tra" });
    if (!(await form.isVisible())) await page.locator("summary", { hasText: "Lập cuộc kiểm tra" }).click();
    await form.getByLabel("Số quyết định").fill(` ${decision.toLowerCase()} `);
    await form.getByLabel("Ngày quyết định").fill("02/10/2026");
    await form.getByLabel("Ngày kiểm tra").fill("16/10/2026");
    await form.getByLabel("Đơn vị được kiểm tra").selectOption({ label: "Sở Tư pháp" });
    await form.getByRole("button", { name: "Lập cuộc kiểm tra" }).click();
    await expect(form.locator("#decisionNumber-error")).toContainText(
      "đã được dùng cho cuộc kiểm tra Sở Khoa học và Công nghệ",
    );
    await form.getByLabel("Số quyết định").fill(`${decision}-nham`);
    await form.getByRole("button", { name: "Lập cuộc kiểm tra" }).click();
    await expect(form.getByRole("status")).toContainText("Đã lập cuộc kiểm tra");
    await form.getByRole("link", { name: "Ghi nhận tồn tại, hạn chế" }).click();
    await expect(page.getByRole("heading", { name: "Kiểm tra Sở Tư pháp" })).toBeVisible(slow);
    await page.getByRole("button", { name: "Xoá cuộc kiểm tra" }).click();
    await page.waitForURL(/\/kiem-tra\?da_xoa=1$/, slow);
    await expect(page.getByRole("status").filter({ hasText: "Đã xoá cuộc kiểm tra" })).toBeVisible();
    await expect(page.getByText(`${decision}-nham`)).toHaveCount(0);
  });
});

test.describe("unit head", () => {
  test.use({ storageState: storageState("head"), viewport: { width: 1280, height: 800 } });
  test("builds the plan from the finding and lost points, updates progress with evidence and reports back", async ({
    page,
  }) => {
    await page.goto("/khac-phuc");
    await expect(page).toHaveURL(/\/khac-phuc\/SO_KHCN/, slow);
    const heading = await page.getByRole("heading", { name: /Kế hoạch khắc phục năm \d{4}/ }).textContent();
    planYear = Number(/\d{4}/.exec(heading!)![0]);

    const fromFinding = page.getByRole("listitem").filter({ hasText: findingText });
    await expect(fromFinding.getByLabel("Giải pháp khắc phục")).toHaveValue(
      "Công khai đầy đủ kết quả trên Trang thông tin điện tử",
    );
    await fromFinding.getByLabel("Phụ trách").fill(ownerFinding);
    await fromFinding.getByRole("button", { name: "Đưa vào kế hoạch" }).click();
    await expect(page.locator("article", { hasText: ownerFinding })).toBeVisible();

    const deficiencies = page.locator('[data-testid^="deficiency-"]');
    if (await deficiencies.count()) {
      const summary = page.getByText(/Xem \d+ tiêu chí bị trừ điểm/);
      if (!(await deficiencies.first().isVisible())) await summary.click();
      const first = deficiencies.first();
      await first.getByLabel("Giải pháp khắc phục").fill("Rà soát, bổ sung văn bản còn thiếu");
      await first.getByLabel("Phụ trách").fill(ownerDeficiency);
      await first.getByLabel("Thời hạn").fill("2027-02-28");
      await first.getByRole("button", { name: "Đưa vào kế hoạch" }).click();
    } else {
      const manual = page.getByRole("form", { name: "Tự bổ sung tồn tại, hạn chế" });
      await manual.getByLabel("Tồn tại, hạn chế").fill(`Chưa có sáng kiến CCHC (${tag})`);
      await manual.getByLabel("Giải pháp khắc phục").fill("Phát động phong trào sáng kiến");
      await manual.getByLabel("Phụ trách").fill(ownerDeficiency);
      await manual.getByLabel("Thời hạn").fill("2027-02-28");
      await manual.getByRole("button", { name: "Đưa vào kế hoạch" }).click();
    }
    const itemF = page.locator("article", { hasText: ownerFinding });
    const itemD = page.locator("article", { hasText: ownerDeficiency });
    await expect(itemD).toBeVisible();
    itemIds = {
      finding: Number((await itemF.getAttribute("data-testid"))!.slice(5)),
      deficiency: Number((await itemD.getAttribute("data-testid"))!.slice(5)),
    };

    for (const item of [itemF, itemD]) {
      await item.getByRole("button", { name: "Bắt đầu thực hiện" }).click();
      await expect(item.getByText("Đang thực hiện", { exact: true })).toBeVisible();
      await item.getByText("Cập nhật tiến độ, đính kèm tài liệu kiểm chứng").click();
      await item.getByLabel("Cập nhật tiến độ").fill("Đã ban hành quyết định và đăng tải công khai");
      await item.getByLabel("Tài liệu kiểm chứng").setInputFiles(pdf);
      await item.getByRole("button", { name: "Lưu cập nhật" }).click();
      await expect(item.getByText(`📎 ${pdf.name}`)).toBeAttached();
      await item.getByRole("button", { name: "Báo hoàn thành" }).click();
      await expect(item.getByText("Đã hoàn thành, chờ xác nhận", { exact: true })).toBeVisible();
    }
    // a wrong file type is refused, naming the field
    await itemF.getByLabel("Cập nhật tiến độ").fill("Tệp sai định dạng");
    await itemF.getByLabel("Tài liệu kiểm chứng").setInputFiles({
      name: "gia.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("<html>không phải PDF</html>"),
    });
    await itemF.getByRole("button", { name: "Lưu cập nhật" }).click();
    await expect(
      itemF.getByText("Tệp đính kèm phải là PDF hoặc ảnh (PNG, JPEG, WebP)").first(),
    ).toBeVisible();
    await expect(itemF.getByLabel("Cập nhật tiến độ")).toHaveValue("Tệp sai định dạng");

    const href = await itemF.locator("a", { hasText: pdf.name }).first().getAttribute("href");
    const file = await page.request.get(href!);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toBe("application/pdf");

    const report = page.getByRole("form", { name: "Báo cáo kết quả khắc phục" });
    if (!(await report.isVisible()))
      await page.getByText("Gửi báo cáo kết quả khắc phục", { exact: true }).click();
    const toTeam = await report.locator("option", { hasText: decision }).getAttribute("value");
    await report.getByLabel("Gửi đoàn kiểm tra").selectOption(toTeam!);
    await report
      .getByLabel("Nội dung báo cáo")
      .fill("Sở đã khắc phục các tồn tại, hạn chế theo kết luận của Đoàn kiểm tra.");
    await report.getByRole("button", { name: "Gửi báo cáo" }).click();
    // the sent report appears in the list above the (now folded) form, and stays after a reload
    await expect(page.getByText(/gửi đoàn kiểm tra QĐ/).filter({ hasText: decision })).toBeVisible();
    await page.reload();
    await expect(page.getByText(/gửi đoàn kiểm tra QĐ/).filter({ hasText: decision })).toBeVisible();
    await atWidths(page, "plan-head");
  });

  test("gives the plan its own number, title and issue day; a bad day is refused beside the field", async ({
    page,
  }) => {
    await page.goto(`/khac-phuc/SO_KHCN?nam=${planYear}`);
    const form = page.getByRole("form", { name: "Số, tên và ngày ban hành kế hoạch" });
    await form.getByLabel("Số kế hoạch").fill("04/KH-SKHCN");
    await form.getByLabel("Ngày ban hành").fill("31/02/2020");
    await form.getByRole("button", { name: "Lưu" }).click();
    await expect(form.locator("#plan-issued-error")).toHaveText("Ngày ban hành không hợp lệ (dd/mm/yyyy)");
    await expect(form.getByLabel("Số kế hoạch")).toHaveValue("04/KH-SKHCN");
    await form.getByLabel("Ngày ban hành").fill(`15/03/${planYear}`);
    await form.getByRole("button", { name: "Lưu" }).click();
    await expect(form.getByText("Đã lưu.")).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("plan-document")).toContainText(
      `Kế hoạch số 04/KH-SKHCN ngày 15/03/${planYear}`,
    );
    await atWidths(page, "plan-document");
  });
});

test.describe("forbidden paths", () => {
  test.use({ storageState: storageState("staff") });
  test("unit staff cannot verify an item (the server refuses)", async ({ page }) => {
    const res = await page.request.post(`/api/remediation/items/${itemIds.finding}/status`, {
      data: { to: "VERIFIED" },
    });
    expect(res.status()).toBe(403);
    await page.goto("/khac-phuc/SO_KHCN");
    await expect(
      page
        .locator(`[data-testid="item-${itemIds.finding}"]`)
        .getByRole("button", { name: "Xác nhận đã khắc phục" }),
    ).toHaveCount(0);
  });
});

test.describe("another unit's head", () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  test("cannot open SO_KHCN's plan or move its items", async ({ page }) => {
    await signIn(page, "thutruong.tp");
    const res = await page.goto("/khac-phuc/SO_KHCN");
    expect(res?.status()).toBe(403);
    const move = await page.request.post(`/api/remediation/items/${itemIds.finding}/status`, {
      data: { to: "IN_PROGRESS" },
    });
    expect(move.status()).toBe(403);
  });
});

test.describe("Home Affairs", () => {
  test.use({ storageState: storageState("admin"), viewport: { width: 1280, height: 800 } });
  test("verifies one item, reopens another with a reason, and the follow-up views show it", async ({
    page,
  }) => {
    await page.goto(`/khac-phuc/SO_KHCN?nam=${planYear}`);
    const itemF = page.getByTestId(`item-${itemIds.finding}`);
    const itemD = page.getByTestId(`item-${itemIds.deficiency}`);
    await itemF.getByRole("button", { name: "Xác nhận đã khắc phục" }).click();
    await expect(itemF.getByText("Đã xác nhận khắc phục", { exact: true })).toBeVisible();
    await itemD.getByRole("button", { name: "Mở lại" }).click();
    await expect(itemD.getByText("Lý do mở lại không được để trống")).toBeVisible();
    await itemD
      .getByLabel("Lý do mở lại hoặc ghi chú xác nhận")
      .fill("Chưa có văn bản chứng minh đã rà soát");
    await itemD.getByRole("button", { name: "Mở lại" }).click();
    await expect(itemD.getByText("Chưa có văn bản chứng minh đã rà soát").first()).toBeVisible();
    await expect(itemD.getByText("Mở lại", { exact: true }).first()).toBeVisible();

    await page.goto(`/khac-phuc?nam=${planYear}`);
    const row = page.getByTestId("status-SO_KHCN");
    await expect(row).toBeVisible();
    await expect(row.getByText("Chưa báo cáo")).toHaveCount(0);
    await expect(page.getByTestId("unreported")).not.toContainText(decision);
    await atWidths(page, "follow-up");

    await page.getByRole("link", { name: "Hiệu quả khắc phục" }).click();
    await expect(page.getByTestId("effectiveness")).toContainText("Sở Khoa học và Công nghệ", slow);
    await expect(page.getByTestId("effectiveness")).toContainText("chưa có kết quả");
    await atWidths(page, "effectiveness");

    await page.getByRole("link", { name: "Mục quá hạn" }).click();
    await expect(page.getByTestId("overdue")).toBeVisible(slow);

    await page.getByTestId("bell").last().click();
    await expect(page).toHaveURL(/\/khac-phuc\/thong-bao/, slow);
    await expect(page.getByRole("heading", { name: /Đã hoàn thành, chờ xác nhận/ })).toBeVisible();
    await atWidths(page, "notifications");
  });
});
