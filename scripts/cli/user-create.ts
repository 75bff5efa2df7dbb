// `user create`: the first admin account of a new installation (or any account), from a shell.
// The password comes from CCHC_PASSWORD or the first line of standard input, never from argv.
import { CliError, requireFlag, type Command } from "./args";
import { withDatabase } from "./with-db";
import { ROLES, isRole } from "../../lib/auth/permissions";
import { passwordProblem, USERNAME, USERNAME_RULE } from "../../lib/auth/password-policy";

async function readStdinLine(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Mật khẩu: ");
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) {
    chunks.push(c as Buffer);
    if (Buffer.concat(chunks).includes(10)) break;
  }
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
}

export const userCreateCommand: Command = {
  summary:
    'tạo tài khoản: --username TÊN --name "Họ tên" --role ADMIN|UNIT_HEAD|UNIT_STAFF|INSPECTOR|VIEWER [--unit MÃ]',
  async run(args) {
    const username = requireFlag(args, "username");
    const name = requireFlag(args, "name");
    const role = requireFlag(args, "role");
    if (!isRole(role))
      throw new CliError(`vai trò "${role}" không hợp lệ; dùng một trong ${ROLES.join(", ")}`, 2);
    const unitCode = typeof args.flags.unit === "string" ? args.flags.unit : null;
    const password = process.env.CCHC_PASSWORD ?? (await readStdinLine());
    if (!USERNAME.test(username))
      throw new CliError(`tên đăng nhập "${username}" không hợp lệ: ${USERNAME_RULE}`, 2);
    const problem = passwordProblem(password, { username, role });
    if (problem) throw new CliError(`${problem} (đặt CCHC_PASSWORD hoặc nhập qua stdin)`, 2);
    return withDatabase(async () => {
      const { db } = await import("../../lib/db/client");
      const { hashPassword } = await import("../../lib/auth/password");
      const { recordAudit } = await import("../../lib/audit/record");
      if ((role === "UNIT_HEAD" || role === "UNIT_STAFF") && !unitCode)
        throw new CliError("thủ trưởng và cán bộ đơn vị cần --unit MÃ", 2);
      const unit = unitCode ? await db().unit.findUnique({ where: { code: unitCode } }) : null;
      if (unitCode && !unit) throw new CliError(`không có đơn vị mã "${unitCode}"`);
      if (await db().user.findUnique({ where: { username } }))
        throw new CliError(`tên đăng nhập "${username}" đã tồn tại`);
      const user = await db().user.create({
        data: { username, name, role, unitId: unit?.id ?? null, passwordHash: await hashPassword(password) },
      });
      await recordAudit({
        actor: null,
        action: "create",
        entity: "User",
        entityId: user.id,
        unitId: user.unitId,
        newValue: { username, role, unit: unitCode },
        reason: "dòng lệnh",
      });
      if (args.flags.json)
        process.stdout.write(`${JSON.stringify({ id: user.id, username, role, unit: unitCode })}\n`);
      else process.stdout.write(`Đã tạo tài khoản ${username} (${role}).\n`);
      return 0;
    });
  },
};
