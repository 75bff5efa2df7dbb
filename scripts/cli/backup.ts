import { existsSync } from "node:fs";
import { CliError, type Command } from "./args";
import { withDatabase } from "./with-db";

const n = (x: number) => x.toLocaleString("vi-VN");

export const backupCommand: Command = {
  summary: "sao lưu toàn bộ dữ liệu và tệp tải lên vào một tệp (.tar.gz, có mục lục và mã kiểm tra)",
  async run(args) {
    const file = args.positional[0];
    if (!file) throw new CliError("thiếu đường dẫn tệp: npm run cchc -- backup TỆP.tar.gz", 2);
    if (existsSync(file)) throw new CliError(`tệp "${file}" đã có; chọn tên khác để không ghi đè`, 2);
    const r = await withDatabase(async (url) => {
      const { writeBackup } = await import("../../lib/db/backup");
      const { fileStore } = await import("../../lib/files/storage");
      return writeBackup(url, file, fileStore());
    });
    if (args.flags.json === true) process.stdout.write(`${JSON.stringify({ ok: true, file, ...r })}\n`);
    else
      process.stdout.write(
        `Đã sao lưu ${n(r.tables)} bảng (${n(r.rows)} dòng) và ${n(r.files)} tệp vào ${file} (${n(Math.ceil(r.bytes / 1024))} KB).\n`,
      );
    return 0;
  },
};

export const restoreCommand: Command = {
  summary: "khôi phục một bản sao lưu vào cơ sở dữ liệu trống (tất cả hoặc không gì cả)",
  async run(args) {
    const file = args.positional[0];
    if (!file) throw new CliError("thiếu đường dẫn tệp: npm run cchc -- restore TỆP.tar.gz", 2);
    if (!existsSync(file)) throw new CliError(`không đọc được tệp "${file}"`);
    const r = await withDatabase(
      async (url) => {
        const { restoreBackup, RestoreError } = await import("../../lib/db/restore");
        const { fileStore } = await import("../../lib/files/storage");
        try {
          return await restoreBackup(url, file, fileStore(), (m) => process.stderr.write(`${m}\n`));
        } catch (e) {
          if (e instanceof RestoreError) throw new CliError(`không khôi phục gì: ${e.message}`);
          throw e;
        }
      },
      { migrate: false },
    );
    if (args.flags.json === true) process.stdout.write(`${JSON.stringify({ ok: true, file, ...r })}\n`);
    else
      process.stdout.write(
        `Đã khôi phục ${n(r.tables)} bảng (${n(r.rows)} dòng) và ${n(r.files)} tệp từ ${file}.\n`,
      );
    return 0;
  },
};
