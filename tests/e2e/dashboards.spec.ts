import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { storageState } from "./accounts";
import { atWidths } from "./screens";
import { isCompetitionRanking } from "../../lib/reports/ranking-table";

// Rankings, heatmap and unit profiles as the admin and as a unit head: figures on the page equal
// the XLSX export's cells, ranks are a valid competition ranking, and a unit head sees only their unit.
const HEADER_ROW = 4;
const num = (s: string) => (s.trim() === "—" ? null : Number(s.trim().replace(/\./g, "").replace(",", ".")));

type Row = { code: string; rank: number | null; name: string; index: number | null; classification: string };

async function tableRows(page: Page): Promise<Row[]> {
  return page
    .locator('[data-testid="ranking-table"] tbody tr[data-code]')
    .evaluateAll((trs) =>
      trs.map((tr) => {
        const cell = (c: string) => (tr.querySelector(`[data-col="${c}"]`)?.textContent ?? "").trim();
        return {
          code: tr.getAttribute("data-code")!,
          rank: cell("rank"),
          name: cell("name"),
          index: cell("index"),
          classification: cell("classification"),
        };
      }),
    )
    .then((rows) =>
      rows.map((r) => ({
        ...r,
        rank: num(r.rank as string),
        index: num(r.index as string),
        name: r.name.replace(" (đơn vị của bạn)", ""),
      })),
    );
}

test.describe("admin", () => {
  test.use({ storageState: storageState("admin") });

  test("rankings: the table equals the XLSX, ranks are competition ranks, sorting and filters work", async ({
    page,
  }) => {
    const res = await page.goto("/xep-hang");
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Xếp hạng chỉ số CCHC năm \d{4}/);
    await expect(page.getByText("Đã công bố ngày")).toBeVisible();
    const rows = await tableRows(page);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows[0]!.rank).toBe(1);
    expect(isCompetitionRanking(rows)).toBe(true);
    await expect(page.getByTestId("average-row")).toContainText("Bình quân khối");

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Tải Excel" }).click();
    const file = await (await download).path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("Xếp hạng")!;
    expect(String(ws.getCell(1, 1).value)).toMatch(/^BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM \d{4}/);
    expect(ws.getRow(HEADER_ROW).getCell(3).value).toBe("Đơn vị");
    for (const [i, r] of rows.entries()) {
      const x = ws.getRow(HEADER_ROW + 1 + i);
      expect([
        x.getCell(1).value,
        x.getCell(2).value,
        x.getCell(3).value,
        x.getCell(6).value,
        x.getCell(7).value,
      ]).toEqual([r.rank, r.code, r.name, r.index, r.classification]);
      expect(typeof x.getCell(6).value).toBe("number");
    }

    const indexHeader = () => page.getByTestId("ranking-table").getByRole("link", { name: /^Chỉ số/ });
    await indexHeader().click();
    await expect(page).toHaveURL(/sap_xep=index&chieu=desc/);
    const desc = (await tableRows(page)).map((r) => r.index!);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    await indexHeader().click();
    await expect(page).toHaveURL(/sap_xep=index&chieu=asc/);
    await expect(page.getByRole("columnheader", { name: /Chỉ số/ })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
    const asc = (await tableRows(page)).map((r) => r.index!);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));

    await page.goto("/xep-hang");
    const label = rows[rows.length - 1]!.classification;
    await page.getByLabel("Xếp loại").selectOption(label);
    await page.getByRole("button", { name: "Xem" }).click();
    await expect(page).toHaveURL(/xep_loai=/);
    const filtered = await tableRows(page);
    expect(filtered.length).toBe(rows.filter((r) => r.classification === label).length);
    expect(filtered.every((r) => r.classification === label)).toBe(true);
  });

  test("the top unit's profile repeats its index and rank, and the screens fit desktop and phone", async ({
    page,
  }) => {
    await page.goto("/xep-hang");
    const top = (await tableRows(page))[0]!;
    await atWidths(page, "xep-hang");
    await page.getByTestId("ranking-table").getByRole("link", { name: top.name }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(top.name);
    const summary = page.getByTestId("year-summary");
    await expect(summary).toContainText(
      `đạt ${top.index!.toLocaleString("vi-VN", { minimumFractionDigits: 2 })} điểm`,
    );
    await expect(summary).toContainText(/xếp (thứ|đồng hạng) 1\//);
    await expect(page.getByTestId("deficiency-table")).toBeVisible();
    await page.getByText("Xem bảng số liệu").first().click();
    await expect(page.getByRole("table", { name: "Chỉ số và thứ hạng qua các năm" })).toBeVisible();
    await expect(page.getByTestId("issuer")).toContainText("UBND TỈNH SÔNG LAM");
    await expect(page.getByTestId("signature-block")).toContainText(
      /Sông Lam, ngày \d{2} tháng \d{2} năm \d{4}/,
    );
    await atWidths(page, "don-vi");
  });

  test("a unit's QĐ 766 page shows its scores by group, month and year, and fits a phone", async ({
    page,
  }) => {
    await page.goto("/don-vi/SO_KHCN");
    await page.getByRole("link", { name: "Chỉ số QĐ 766" }).click();
    await page.waitForURL(/\/don-vi\/SO_KHCN\/qd766$/);
    await expect(
      page.getByRole("heading", {
        name: /Chỉ số phục vụ người dân, doanh nghiệp \(QĐ 766\/QĐ-TTg\) năm \d{4}/,
      }),
    ).toBeVisible();
    const groups = page.getByRole("table", { name: /Theo nhóm chỉ số/ });
    await expect(groups.locator("tbody tr")).toHaveCount(5);
    await expect(groups).toContainText("Tiến độ, kết quả giải quyết");
    await page.setViewportSize({ width: 375, height: 800 });
    // the chart follows the new width on its next resize observation
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
      .toBeLessThanOrEqual(0);
    await atWidths(page, "qd766", [375]);
  });

  test("the case dashboard's QĐ 766 tab shows the province's index computed from the records", async ({
    page,
  }) => {
    await page.goto("/ho-so-tthc");
    await page
      .getByRole("navigation", { name: "Hồ sơ TTHC" })
      .getByRole("link", { name: "Chỉ số QĐ 766" })
      .click();
    await page.waitForURL(/\/ho-so-tthc\/qd766/);
    await expect(
      page.getByRole("heading", { name: /Chỉ số phục vụ người dân, doanh nghiệp năm \d{4}/ }),
    ).toBeVisible();
    await expect(
      page.getByRole("table", { name: /Các chỉ số theo QĐ 766\/QĐ-TTg tính từ dữ liệu/ }),
    ).toBeVisible();
    await expect(page.getByText(/Tổng điểm tính từ dữ liệu:/)).toBeVisible();
  });

  test("the case dashboard shows one view at a time; the late list's filter and pages stay on their view (issue 16)", async ({
    page,
  }) => {
    await page.goto("/ho-so-tthc?nam=2025");
    const views = page.getByRole("navigation", { name: "Xem số liệu hồ sơ" });
    await expect(views.getByRole("link", { name: "Tổng hợp" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("table", { name: "Số liệu theo cấp" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Số liệu theo kênh" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Số liệu theo đơn vị" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Tổng hợp" })).toContainText("Tỷ lệ đúng và sớm hạn");

    await views.getByRole("link", { name: "Theo đơn vị" }).click();
    await page.waitForURL(/xem=don-vi/);
    await expect(page.getByRole("table", { name: "Số liệu theo đơn vị" })).toContainText(
      "Sở Khoa học và Công nghệ",
    );
    await expect(page.getByRole("table", { name: "Số liệu theo cấp" })).toHaveCount(0);
    // the year picker keeps the view
    await page.getByLabel("Năm").selectOption("2024");
    await page.getByRole("button", { name: "Xem", exact: true }).click();
    await page.waitForURL(/nam=2024.*xem=don-vi|xem=don-vi.*nam=2024/);

    await views.getByRole("link", { name: "Theo lĩnh vực" }).click();
    await expect(page.getByRole("table", { name: "Số liệu theo lĩnh vực thủ tục" })).toBeVisible();

    await views.getByRole("link", { name: "Hồ sơ trễ hạn" }).click();
    await expect(page.getByRole("heading", { name: "Hồ sơ trễ hạn năm 2024" })).toBeVisible();
    const filter = page.getByRole("form", { name: "Lọc hồ sơ trễ hạn" });
    await filter.getByLabel("Kênh").selectOption("2");
    await filter.getByRole("button").click();
    await page.waitForURL(/kenh=2/);
    expect(new URL(page.url()).searchParams.get("xem")).toBe("tre-han");
    await expect(page.getByRole("heading", { name: "Hồ sơ trễ hạn năm 2024" })).toBeVisible();
    await atWidths(page, "ho-so-tthc-tre-han");
  });

  test("every list page of the navigation fits a phone without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const pages = [
      "/tong-quan",
      "/xep-hang/ban-do-nhiet",
      "/ket-qua",
      "/don-vi",
      "/dot-danh-gia",
      "/tieu-chi",
      "/tham-dinh",
      "/ho-so-tthc",
      "/ho-so-tthc?xem=don-vi",
      "/ho-so-tthc?xem=tre-han",
      "/ho-so-tthc/nhap",
      "/ho-so-tthc/thu-tuc",
      "/ho-so-tthc/phan-anh",
      "/ho-so-tthc/qd766",
      "/ke-hoach",
      "/chi-so-quoc-gia",
      "/kiem-tra",
      "/khac-phuc",
      "/khac-phuc/qua-han",
      "/khac-phuc/hieu-qua",
      "/quan-tri",
      "/quan-tri/api-tokens",
      "/quan-tri/nhat-ky",
      "/quan-tri/thu-da-gui",
      "/tai-khoan/thong-bao",
    ];
    for (const path of pages) {
      expect((await page.goto(path))?.status(), path).toBe(200);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} at 375 px scrolls sideways`).toBeLessThanOrEqual(0);
    }
  });

  test("an unpublished year is marked provisional; the heatmap shows values in its cells", async ({
    page,
  }) => {
    await page.goto("/xep-hang");
    // a year whose round is not published yet (2026 in the demo; the cycle spec publishes it later)
    const provisional = await page
      .locator('select[name="nam"] option', { hasText: "tạm tính" })
      .first()
      .getAttribute("value");
    await page.goto(`/xep-hang?nam=${provisional}`);
    await expect(page.getByText("Kết quả tạm tính.")).toBeVisible();
    await expect(page.getByText("Tạm tính, chưa công bố")).toBeVisible();
    await page.goto("/xep-hang/ban-do-nhiet?nam=2023&khoi=HUYEN");
    const heat = page.getByTestId("heatmap");
    await expect(heat.locator("tbody tr").first().locator("td").nth(1)).toHaveText(/^\d{1,3},\d{2}$/);
    await page.goto("/tong-quan");
    await expect(page.getByTestId("group-averages")).toContainText("Khối sở, ban, ngành");
  });
});

test.describe("a unit head", () => {
  test.use({ storageState: storageState("head") });

  test("sees the rankings, their own profile and export, and nothing of another unit", async ({ page }) => {
    expect((await page.goto("/xep-hang"))?.status()).toBe(200);
    await expect(page.locator('tr[data-code="SO_KHCN"]')).toContainText("(đơn vị của bạn)");
    await expect(page.locator('tr[data-code="SO_TP"] a')).toHaveCount(0);

    expect((await page.goto("/don-vi/SO_KHCN"))?.status()).toBe(200);
    await expect(page.getByTestId("year-summary")).toContainText("trong khối sở, ban, ngành");
    const own = await page.request.get("/don-vi/SO_KHCN/xuat-excel");
    expect(own.status()).toBe(200);
    expect(own.headers()["content-type"]).toContain("spreadsheetml");

    expect((await page.goto("/don-vi/SO_TP"))?.status()).toBe(403);
    expect((await page.goto("/don-vi/SO_TP/qd766"))?.status()).toBe(403);
    expect((await page.request.get("/don-vi/SO_TP/xuat-excel")).status()).toBe(403);
    expect((await page.request.get("/don-vi/SO_TP/xuat-excel?nam=2023")).status()).toBe(403);
  });
});

test("without a session the exports answer 401", async ({ page }) => {
  expect((await page.request.get("/xep-hang/xuat-excel")).status()).toBe(401);
  expect((await page.request.get("/don-vi/SO_KHCN/xuat-excel")).status()).toBe(401);
});
