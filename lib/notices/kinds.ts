// The moments that need someone's action, and the daily e-mail that gathers them. Pure.

export const NOTICE_KINDS = {
  ROUND_OPENED: "Đợt đánh giá được mở",
  SELF_ASSESSMENT_DUE: "Hạn tự đánh giá còn 3 ngày",
  SELF_ASSESSMENT_OVERDUE: "Quá hạn tự đánh giá",
  SUBMISSION_RETURNED: "Hồ sơ tự đánh giá bị trả lại",
  APPRAISAL_CHANGED: "Thẩm định thay đổi điểm",
  RESULTS_PUBLISHED: "Công bố kết quả",
  REMEDIATION_DUE: "Mục khắc phục đến hạn trong 7 ngày",
  REMEDIATION_OVERDUE: "Mục khắc phục quá hạn",
  REPORT_BACK_DUE: "Báo cáo kết quả khắc phục cho đoàn kiểm tra",
  DIRECTIVE_ISSUED: "Văn bản chỉ đạo khắc phục",
} as const;
export type NoticeKind = keyof typeof NOTICE_KINDS;
export const NOTICE_KIND_LIST = Object.keys(NOTICE_KINDS) as NoticeKind[];
export const isNoticeKind = (k: string): k is NoticeKind => k in NOTICE_KINDS;

export type NoticeLine = { kind: string; text: string; link: string };

/** The digest's subject: how many things, and the first kind when there is one kind only. */
export function digestSubject(lines: NoticeLine[]): string {
  const kinds = [...new Set(lines.map((l) => l.kind))];
  const first = kinds[0] && isNoticeKind(kinds[0]) ? NOTICE_KINDS[kinds[0]] : "Thông báo";
  return kinds.length === 1 && lines.length === 1
    ? `[Chỉ số CCHC] ${first}`
    : `[Chỉ số CCHC] ${lines.length} việc cần xử lý`;
}

/** The digest as plain text and HTML, kinds in the order above, each line with its link. */
export function digestBody(
  person: string,
  lines: NoticeLine[],
  appUrl: string,
  settingsPath = "/tai-khoan/thong-bao",
): { text: string; html: string } {
  const base = appUrl.replace(/\/+$/, "");
  const groups = NOTICE_KIND_LIST.map((k) => ({ k, items: lines.filter((l) => l.kind === k) })).filter(
    (g) => g.items.length,
  );
  const text = [
    `Kính gửi ${person},`,
    "",
    "Phần mềm Chỉ số CCHC có những việc cần anh/chị xử lý:",
    ...groups.flatMap((g) => [
      "",
      `${NOTICE_KINDS[g.k]}:`,
      ...g.items.map((l) => `- ${l.text}\n  ${base}${l.link}`),
    ]),
    "",
    `Tắt từng loại thông báo: ${base}${settingsPath}`,
  ].join("\n");
  const esc = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const html = [
    `<p>Kính gửi ${esc(person)},</p>`,
    "<p>Phần mềm Chỉ số CCHC có những việc cần anh/chị xử lý:</p>",
    ...groups.map(
      (g) =>
        `<h3>${esc(NOTICE_KINDS[g.k])}</h3><ul>${g.items
          .map((l) => `<li><a href="${esc(base + l.link)}">${esc(l.text)}</a></li>`)
          .join("")}</ul>`,
    ),
    `<p style="color:#555">Tắt từng loại thông báo: <a href="${esc(base + settingsPath)}">cài đặt thông báo</a></p>`,
  ].join("\n");
  return { text, html };
}
