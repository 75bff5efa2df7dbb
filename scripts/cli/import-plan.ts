import { readFile } from "node:fs/promises";
import { CliError, type Command } from "./args";
import { withDatabase } from "./with-db";
import { report } from "./import-procedures";

export const importPlanCommand: Command = {
  summary:
    "nhập nhiệm vụ kế hoạch CCHC (nam, ma_nhiem_vu, ma_don_vi, ten_nhiem_vu, san_pham, han_hoan_thanh, …)",
  async run(args) {
    const file = args.positional[0];
    if (!file) throw new CliError("thiếu đường dẫn tệp: npm run cchc -- import plan TỆP.csv", 2);
    const content = await readFile(file).catch(() => {
      throw new CliError(`không đọc được tệp "${file}"`);
    });
    const r = await withDatabase(async () => {
      const { db } = await import("../../lib/db/client");
      const { parsePlanFile } = await import("../../lib/plan/plan-file");
      const { importPlanTasks } = await import("../../lib/plan/plan-tasks");
      const units = new Map(
        (await db().unit.findMany({ select: { id: true, code: true } })).map((u) => [u.code, u.id]),
      );
      const { tasks, errors } = parsePlanFile(content, (c) => units.get(c));
      if (errors.length) return { errors };
      return { rows: tasks.length, ...(await importPlanTasks(tasks, null)) };
    });
    return report(file, r, args.flags.json === true, "nhiệm vụ");
  },
};
