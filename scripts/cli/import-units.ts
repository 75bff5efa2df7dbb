import type { Command } from "./args";
import { failImport, readImportFile } from "./file-import";
import { withDatabase } from "./with-db";
import { parseUnitsFile } from "../../lib/units/units-file";
import { formatRowError } from "../../lib/csv/read-csv";

export const importUnitsCommand: Command = {
  summary: "nhập/cập nhật đơn vị từ tệp CSV (ma_don_vi, ten_don_vi, loai, cap, ma_don_vi_cha, khoi)",
  async run(args) {
    const { file, content } = await readImportFile(args, "npm run cchc -- import units TỆP.csv");
    const { units, errors } = parseUnitsFile(content);
    if (errors.length) return failImport(errors.map(formatRowError), args.flags.json === true);
    const { importUnits } = await import("../../lib/units/import-units");
    const result = await withDatabase(() => importUnits(units, null));
    if (result.errors.length) return failImport(result.errors.map(formatRowError), args.flags.json === true);
    const summary = {
      file,
      rows: units.length,
      created: result.created,
      updated: result.updated,
      unchanged: result.unchanged,
    };
    if (args.flags.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else
      process.stdout.write(
        `Đã nhập ${units.length} đơn vị: ${result.created} mới, ${result.updated} cập nhật, ${result.unchanged} không đổi.\n`,
      );
    return 0;
  },
};
