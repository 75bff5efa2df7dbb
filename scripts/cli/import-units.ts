import { readFile } from "node:fs/promises";
import { CliError, type Command } from "./args";
import { withDatabase } from "./with-db";
import { parseUnitsFile } from "../../lib/units/units-file";
import { formatCsvError } from "../../lib/csv/read-csv";

export const importUnitsCommand: Command = {
  summary: "nhập/cập nhật đơn vị từ tệp CSV (ma_don_vi, ten_don_vi, loai, cap, ma_don_vi_cha, khoi)",
  async run(args) {
    const file = args.positional[0];
    if (!file) throw new CliError("thiếu đường dẫn tệp: npm run cchc -- import units TỆP.csv", 2);
    const content = await readFile(file).catch(() => {
      throw new CliError(`không đọc được tệp "${file}"`);
    });
    const { units, errors } = parseUnitsFile(content);
    if (errors.length) return fail(errors.map(formatCsvError), args.flags.json === true);
    const { importUnits } = await import("../../lib/units/import-units");
    const result = await withDatabase(() => importUnits(units, null));
    if (result.errors.length) return fail(result.errors.map(formatCsvError), args.flags.json === true);
    const summary = { file, rows: units.length, created: result.created, updated: result.updated, unchanged: result.unchanged };
    if (args.flags.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else process.stdout.write(`Đã nhập ${units.length} đơn vị: ${result.created} mới, ${result.updated} cập nhật, ${result.unchanged} không đổi.\n`);
    return 0;
  },
};

function fail(lines: string[], json: boolean): number {
  process.stderr.write(`Không nhập gì: tệp có ${lines.length} lỗi.\n${lines.join("\n")}\n`);
  if (json) process.stdout.write(`${JSON.stringify({ ok: false, errors: lines })}\n`);
  return 1;
}
