import { readFile } from "node:fs/promises";
import { CliError, type Command } from "./args";
import { withDatabase } from "./with-db";
import { formatRowError, type RowError } from "../../lib/csv/read-csv";

export const importProceduresCommand: Command = {
  summary:
    "nhập danh mục TTHC theo năm (nam, ma_don_vi, ma_tthc, ten_tthc, linh_vuc, muc_do) [--nam NĂM]; danh mục của mỗi đơn vị trong năm được thay bằng danh mục trong tệp",
  async run(args) {
    const file = args.positional[0];
    if (!file) throw new CliError("thiếu đường dẫn tệp: npm run cchc -- import procedures TỆP.csv", 2);
    const content = await readFile(file).catch(() => {
      throw new CliError(`không đọc được tệp "${file}"`);
    });
    const json = args.flags.json === true;
    const yearFlag = args.flags.nam;
    if (yearFlag !== undefined && !(typeof yearFlag === "string" && /^(19|20|21)\d{2}$/.test(yearFlag)))
      throw new CliError(`--nam "${String(yearFlag)}" không phải là năm (ví dụ: --nam 2022)`, 2);
    const year = typeof yearFlag === "string" ? Number(yearFlag) : null;
    const r = await withDatabase(async () => {
      const { db } = await import("../../lib/db/client");
      const { parseProceduresFile } = await import("../../lib/procedures/procedures-file");
      const { importProcedures } = await import("../../lib/procedures/import-procedures");
      const units = new Map(
        (await db().unit.findMany({ select: { id: true, code: true } })).map((u) => [u.code, u.id]),
      );
      const { procedures, errors } = parseProceduresFile(content, (c) => units.get(c), year);
      if (errors.length) return { errors };
      return { rows: procedures.length, ...(await importProcedures(procedures)) };
    });
    return report(file, r, json, "thủ tục");
  },
};

export function report(
  file: string,
  r:
    | { errors: RowError[] }
    | { rows: number; inserted: number; updated: number; unchanged: number; removed?: number },
  json: boolean,
  noun: string,
): number {
  if ("errors" in r) {
    process.stderr.write(
      `Không nhập gì: tệp có ${r.errors.length} lỗi.\n${r.errors.map(formatRowError).join("\n")}\n`,
    );
    if (json) process.stdout.write(`${JSON.stringify({ ok: false, file, errors: r.errors })}\n`);
    return 1;
  }
  if (json) process.stdout.write(`${JSON.stringify({ ok: true, file, ...r })}\n`);
  else
    process.stdout.write(
      `Đã nhập ${r.rows} ${noun}: ${r.inserted} mới, ${r.updated} cập nhật, ${r.unchanged} không đổi${
        r.removed ? `, ${r.removed} bỏ khỏi danh mục` : ""
      }.\n`,
    );
  return 0;
}
