import { readFile } from "node:fs/promises";
import { CliError, type Command } from "./args";
import { withDatabase } from "./with-db";
import { readTable } from "../../lib/csv/read-xlsx";
import { formatRowError } from "../../lib/csv/read-csv";
import { OFFICIAL_OPTIONAL, OFFICIAL_REQUIRED } from "../../lib/qd766/official-file";

export const importQd766Command: Command = {
  summary:
    "nhập điểm QĐ 766 chính thức do Cổng DVCQG công bố (ma_don_vi, ky, cong_khai, tien_do, truc_tuyen, so_hoa, hai_long, tong, thu_hang, tong_so)",
  async run(args) {
    const file = args.positional[0];
    if (!file) throw new CliError("thiếu đường dẫn tệp: npm run cchc -- import qd766 TỆP.csv|TỆP.xlsx", 2);
    const content = await readFile(file).catch(() => {
      throw new CliError(`không đọc được tệp "${file}"`);
    });
    const json = args.flags.json === true;
    const table = await readTable(file, content, {
      required: OFFICIAL_REQUIRED,
      optional: OFFICIAL_OPTIONAL,
    });
    const { importOfficialQd766 } = await import("../../lib/qd766/import-official");
    const result = await withDatabase(() => importOfficialQd766(table, null));
    if (result.errors.length) {
      const lines = result.errors.map(formatRowError);
      process.stderr.write(`Không nhập gì: tệp có ${lines.length} lỗi.\n${lines.join("\n")}\n`);
      if (json) process.stdout.write(`${JSON.stringify({ ok: false, errors: lines })}\n`);
      return 1;
    }
    const summary = {
      ok: true,
      file,
      rows: result.rows,
      created: result.created,
      updated: result.updated,
      unchanged: result.unchanged,
      province: result.province,
    };
    if (json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else {
      process.stdout.write(
        `Đã nhập ${result.rows} dòng điểm QĐ 766: ${result.created} mới, ${result.updated} cập nhật, ${result.unchanged} không đổi` +
          `${result.province ? ` (${result.province} dòng là kết quả của tỉnh)` : ""}.\n`,
      );
    }
    return 0;
  },
};
