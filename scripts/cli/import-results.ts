import type { Command } from "./args";
import { failImport, readImportFile } from "./file-import";
import { withDatabase } from "./with-db";
import { parsePastResultsFile } from "../../lib/results/past-results-file";
import { formatRowError } from "../../lib/csv/read-csv";

export const importResultsCommand: Command = {
  summary:
    "nhập kết quả đã công bố những năm trước (ma_don_vi, nam, khoi, chi_so, thu_hang, xep_loai, ngay_cong_bo, LV1…LVn)",
  async run(args) {
    const { file, content } = await readImportFile(args, "npm run cchc -- import results TỆP.csv");
    const json = args.flags.json === true;
    const { rows, errors } = parsePastResultsFile(content);
    if (errors.length) return failImport(errors.map(formatRowError), json);
    const { importPastResults } = await import("../../lib/results/import-past-results");
    const result = await withDatabase(() => importPastResults(rows, null));
    if (result.errors.length) return failImport(result.errors.map(formatRowError), json);
    const summary = {
      file,
      rows: rows.length,
      created: result.created,
      replaced: result.replaced,
      unchanged: result.unchanged,
    };
    if (json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else
      process.stdout.write(
        `Đã nhập ${rows.length} kết quả: ${result.created} năm/khối mới, ${result.replaced} thay thế, ${result.unchanged} không đổi.\n`,
      );
    return 0;
  },
};
