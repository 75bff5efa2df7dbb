import { describe, expect, it } from "vitest";
import { digestBody, digestSubject } from "./kinds";

const lines = [
  {
    kind: "REMEDIATION_OVERDUE",
    text: "Niêm yết TTHC — hạn 30/11/2026 (đã quá hạn)",
    link: "/khac-phuc/SO_A?nam=2026",
  },
  { kind: "SELF_ASSESSMENT_DUE", text: "Đợt 2026: hạn nộp là ngày 15/01/2027", link: "/tu-danh-gia?dot=7" },
  { kind: "REMEDIATION_OVERDUE", text: "Công khai <kết quả>", link: "/khac-phuc/SO_A?nam=2026" },
];

describe("the daily digest", () => {
  it("names one thing by its kind, several by their count", () => {
    expect(digestSubject(lines.slice(1, 2))).toBe("[Chỉ số CCHC] Hạn tự đánh giá còn 3 ngày");
    expect(digestSubject(lines)).toBe("[Chỉ số CCHC] 3 việc cần xử lý");
  });

  it("groups lines by kind in a fixed order, each with its full link, and escapes the HTML", () => {
    const { text, html } = digestBody("Nguyễn Văn A", lines, "https://cchc.tinh.gov.vn/");
    expect(text.indexOf("Hạn tự đánh giá còn 3 ngày:")).toBeLessThan(text.indexOf("Mục khắc phục quá hạn:"));
    expect(text).toContain(
      "- Đợt 2026: hạn nộp là ngày 15/01/2027\n  https://cchc.tinh.gov.vn/tu-danh-gia?dot=7",
    );
    expect(text).toContain("Tắt từng loại thông báo: https://cchc.tinh.gov.vn/tai-khoan/thong-bao");
    expect(html).toContain("Công khai &lt;kết quả&gt;");
    expect(html).toContain('href="https://cchc.tinh.gov.vn/khac-phuc/SO_A?nam=2026"');
  });
});
