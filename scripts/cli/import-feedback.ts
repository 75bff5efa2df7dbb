import { type Command } from "./args";
import { withDatabase } from "./with-db";
import { failImport, readImportFile } from "./file-import";
import { readTable } from "../../lib/csv/read-xlsx";
import { formatRowError } from "../../lib/csv/read-csv";
import { FEEDBACK_OPTIONAL, FEEDBACK_REQUIRED } from "../../lib/feedback/feedback-file";

export const importFeedbackCommand: Command = {
  summary:
    "nhập phản ánh, kiến nghị (ma_pakn, ma_don_vi, ngay_tiep_nhan, han_xu_ly, ngay_xu_ly, kenh, noi_dung) từ CSV hoặc XLSX, tất cả hoặc không có gì",
  async run(args) {
    const { file, content } = await readImportFile(args, "npm run cchc -- import feedback TỆP.csv|TỆP.xlsx");
    const json = args.flags.json === true;
    const table = await readTable(file, content, {
      required: FEEDBACK_REQUIRED,
      optional: FEEDBACK_OPTIONAL,
    });
    const { importFeedback } = await import("../../lib/feedback/import-feedback");
    const r = await withDatabase(() => importFeedback(table, null, "cli"));
    if (r.errors.length) return failImport(r.errors.map(formatRowError), json);
    const counts = { rows: r.rows, inserted: r.inserted, updated: r.updated, unchanged: r.unchanged };
    if (json) process.stdout.write(`${JSON.stringify({ ok: true, file, ...counts })}\n`);
    else
      process.stdout.write(
        `Đã nhập ${r.rows} phản ánh, kiến nghị: ${r.inserted} mới, ${r.updated} cập nhật, ${r.unchanged} không đổi.\n`,
      );
    return 0;
  },
};
