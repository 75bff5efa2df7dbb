import { expect, test } from "@playwright/test";
import { storageState } from "./accounts";
import { atWidths } from "./screens";

// Home Affairs imports a feedback (PAKN) file from its page (issue 12, item 4): a bad row writes
// nothing and is named; the corrected file is read in the year's figures; importing it again changes
// nothing. Items for Sở KH&CN in 2021, a year the demo holds no feedback for.
const header = "ma_pakn,ma_don_vi,ngay_tiep_nhan,han_xu_ly,ngay_xu_ly,kenh,noi_dung";
const rows = [
  "E2E-PAKN-1,SO_KHCN,02/03/2021,12/03/2021,10/03/2021,2,Chậm cấp phép",
  "E2E-PAKN-2,SO_KHCN,05/03/2021,15/03/2021,20/03/2021,1,Thái độ tiếp dân",
  "E2E-PAKN-3,SO_KHCN,08/03/2021,18/03/2021,,3,",
];
const upload = (name: string, lines: string[]) => ({
  name,
  mimeType: "text/csv",
  buffer: Buffer.from(`${[header, ...lines].join("\n")}\n`, "utf8"),
});

test.use({ storageState: storageState("admin") });

test("a feedback file imports all or nothing and shows in the year's figures", async ({ page }) => {
  await page.goto("/ho-so-tthc/phan-anh?nam=2021");
  const form = page.getByRole("form", { name: "Nhập phản ánh, kiến nghị từ tệp" });
  await form
    .getByLabel("Tệp CSV hoặc XLSX")
    .setInputFiles(upload("pakn-loi.csv", [...rows, "E2E-PAKN-4,SO_KHONG_CO,08/03/2021,18/03/2021,,1,"]));
  await form.getByRole("button", { name: "Nhập tệp" }).click();
  await expect(form).toContainText("Không nhập gì: tệp có 1 lỗi.");
  await expect(form).toContainText('dòng 5, cột ma_don_vi: không có đơn vị mã "SO_KHONG_CO" trong hệ thống');

  await form.getByLabel("Tệp CSV hoặc XLSX").setInputFiles(upload("pakn.csv", rows));
  await form.getByRole("button", { name: "Nhập tệp" }).click();
  await expect(form).toContainText("Đã nhập 3 phản ánh, kiến nghị: 3 mới, 0 cập nhật, 0 không đổi.");
  await page.reload();
  const row = page.getByRole("row", { name: /Sở Khoa học và Công nghệ/ });
  await expect(row.getByRole("cell")).toHaveText(["3", "2", "1", "1", "33,33 %"]);

  await form.getByLabel("Tệp CSV hoặc XLSX").setInputFiles(upload("pakn.csv", rows));
  await form.getByRole("button", { name: "Nhập tệp" }).click();
  await expect(form).toContainText("Đã nhập 3 phản ánh, kiến nghị: 0 mới, 0 cập nhật, 3 không đổi.");
  await atWidths(page, "phan-anh");
});
