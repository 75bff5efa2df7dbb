import { expect, test } from "@playwright/test";
import { storageState } from "./accounts";

// The web import of case records (issue "Case records…"): an upload with a bad row writes nothing
// and offers the error report; the corrected file is imported, and importing it again changes nothing.
// Cases with their own codes (E2E-…) for Sở TT&TT in 2025, before it was merged into Sở KH&CN on 1/7/2025; no other spec reads them.
const header = "ma_ho_so,ma_don_vi,kenh,ngay_tiep_nhan,ngay_hen_tra,ngay_ket_thuc_xu_ly";
const good = [
  header,
  "E2E-2025-1,SO_TTTT,2,2025-03-02,2025-03-10,2025-03-09",
  "E2E-2025-2,SO_TTTT,1,02/03/2025 08:00,12/03/2025,",
].join("\n");
const bad = [
  header,
  "E2E-2025-1,SO_TTTT,2,2025-03-02,2025-03-10,2025-03-09",
  "E2E-2025-2,SO_KHONG_CO,4,2025-03-02,2025-03-10,",
].join("\n");
const upload = (name: string, text: string) => ({
  name,
  mimeType: "text/csv",
  buffer: Buffer.from(text, "utf8"),
});

test.describe("Home Affairs imports case records from the web", () => {
  test.use({ storageState: storageState("admin") });

  test("a bad row writes nothing and is named in the report; the corrected file imports once", async ({
    page,
  }) => {
    await page.goto("/ho-so-tthc/nhap");
    const status = page.getByRole("status");

    await page.getByLabel("Tệp hồ sơ (CSV hoặc XLSX)").setInputFiles(upload("ho-so-loi.csv", bad));
    await page.getByRole("button", { name: "Nhập hồ sơ" }).click();
    await expect(status).toContainText("Không nhập gì: tệp có 2 lỗi.");
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Tải báo cáo lỗi (CSV)" }).click();
    const report = await (await download).createReadStream().then(async (s) => {
      const chunks: Buffer[] = [];
      for await (const c of s) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    });
    expect(report).toContain("dong,cot,loi");
    expect(report).toContain('3,ma_don_vi,"không có đơn vị mã ""SO_KHONG_CO"" trong hệ thống"');
    expect(report).toMatch(/3,kenh,"""4"" không hợp lệ/);

    await page.getByLabel("Tệp hồ sơ (CSV hoặc XLSX)").setInputFiles(upload("ho-so.csv", good));
    await page.getByRole("button", { name: "Nhập hồ sơ" }).click();
    await expect(status).toContainText("Đã nhập 2 hồ sơ: 2 mới, 0 cập nhật, 0 không đổi.");

    await page.getByLabel("Tệp hồ sơ (CSV hoặc XLSX)").setInputFiles(upload("ho-so.csv", good));
    await page.getByRole("button", { name: "Nhập hồ sơ" }).click();
    await expect(status).toContainText("Đã nhập 2 hồ sơ: 0 mới, 0 cập nhật, 2 không đổi.");
  });

  test("other roles cannot start an import or read a report (the server refuses)", async ({ browser }) => {
    for (const role of ["head", "viewer"] as const) {
      const ctx = await browser.newContext({ storageState: storageState(role) });
      const res = await ctx.request.post("/api/cases/import", { multipart: { file: upload("x.csv", good) } });
      expect(res.status(), role).toBe(403);
      expect((await ctx.request.get("/api/cases/import/1/errors")).status(), role).toBe(403);
      await ctx.close();
    }
  });
});
