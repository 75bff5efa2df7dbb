import type { Command } from "./args";
import { failImport, readImportFile } from "./file-import";
import { withDatabase } from "./with-db";
import { parseLineageFile } from "../../lib/units/lineage-file";
import { formatRowError } from "../../lib/csv/read-csv";

export const importLineageCommand: Command = {
  summary: "nhập lịch sử sắp xếp đơn vị (ma_don_vi_cu, ma_don_vi_moi, ngay_hieu_luc, hinh_thuc, ty_le)",
  async run(args) {
    const { file, content } = await readImportFile(args, "npm run cchc -- import lineage TỆP.csv");
    const json = args.flags.json === true;
    const { rows, errors } = parseLineageFile(content);
    if (errors.length) return failImport(errors.map(formatRowError), json);
    const { importLineage } = await import("../../lib/units/import-lineage");
    const result = await withDatabase(() => importLineage(rows, null));
    if (result.errors.length) return failImport(result.errors.map(formatRowError), json);
    const summary = {
      file,
      rows: rows.length,
      created: result.created,
      updated: result.updated,
      unchanged: result.unchanged,
      unitsEnded: result.unitsEnded,
      itemsCarried: result.itemsCarried,
    };
    if (json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else {
      process.stdout.write(
        `Đã nhập ${rows.length} sự kiện: ${result.created} mới, ${result.updated} cập nhật, ${result.unchanged} không đổi` +
          `${result.unitsEnded ? `; ${result.unitsEnded} đơn vị được ghi ngày hết hiệu lực` : ""}` +
          `${result.itemsCarried ? `; ${result.itemsCarried} mục khắc phục còn mở chuyển sang đơn vị kế thừa` : ""}.\n`,
      );
    }
    return 0;
  },
};
