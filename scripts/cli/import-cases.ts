import { access } from "node:fs/promises";
import path from "node:path";
import { CliError, type Command } from "./args";
import { withDatabase } from "./with-db";
import { formatRowError } from "../../lib/csv/read-csv";

export const importCasesCommand: Command = {
  summary: "nhập hồ sơ TTHC từ tệp CSV hoặc XLSX (tất cả hoặc không có gì)",
  async run(args) {
    const file = args.positional[0];
    if (!file) throw new CliError("thiếu đường dẫn tệp: npm run cchc -- import cases TỆP.csv|TỆP.xlsx", 2);
    await access(file).catch(() => {
      throw new CliError(`không đọc được tệp "${file}"`);
    });
    const json = args.flags.json === true;
    const { importCases } = await import("../../lib/cases/import-cases");
    const { fileRows } = await import("../../lib/cases/case-source");
    const started = Date.now();
    const result = await withDatabase(() =>
      importCases(fileRows(file), {
        audit: { actor: null, via: "cli", details: { file: path.basename(file) } },
        onProgress: ({ rows, phase }) =>
          process.stderr.write(
            phase === "reading"
              ? `… đã đọc ${rows.toLocaleString("vi-VN")} dòng\n`
              : phase === "merging"
                ? `… ${rows.toLocaleString("vi-VN")} dòng hợp lệ: đang kiểm tra trùng mã và ghi vào cơ sở dữ liệu\n`
                : "",
          ),
      }),
    );
    if (!result.ok) {
      const lines = result.errors.map(formatRowError);
      process.stderr.write(
        `Không nhập gì: tệp có ${new Set(result.errors.map((e) => e.row)).size} dòng lỗi.\n${lines.join("\n")}\n`,
      );
      if (json) process.stdout.write(`${JSON.stringify({ ok: false, file, errors: result.errors })}\n`);
      return 1;
    }
    const seconds = (Date.now() - started) / 1000;
    const summary = {
      ok: true,
      file,
      rows: result.rows,
      inserted: result.inserted,
      updated: result.updated,
      unchanged: result.unchanged,
      seconds,
    };
    if (json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else
      process.stdout.write(
        `Đã nhập ${result.rows} hồ sơ: ${result.inserted} mới, ${result.updated} cập nhật, ${result.unchanged} không đổi (${seconds.toFixed(1)} giây).\n`,
      );
    return 0;
  },
};
