import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { createUser, updateUser, userInput } from "../../lib/users/users";
import { db } from "../../lib/db/client";
import { makeUnit, makeUser } from "./factories";
import type { CurrentUser } from "../../lib/auth/session";

async function adminActor(): Promise<CurrentUser> {
  const u = await makeUser("ADMIN", null, "qt.admin");
  return {
    id: u.id,
    role: "ADMIN",
    unitId: null,
    username: u.username,
    name: u.name,
    unitName: null,
    unitCode: null,
  };
}

describe("user administration", () => {
  it("requires a unit for unit roles and names the field", () => {
    const r = userInput.safeParse({
      username: "cb.moi",
      name: "Cán bộ",
      role: "UNIT_STAFF",
      unitId: "",
      password: "12345678",
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["unitId"]);
  });

  it("refuses common, short or name-based passwords and odd user names, in the form and the CLI (issue 18, finding 7)", () => {
    const problems = (username: string, role: string, password: string) =>
      userInput
        .safeParse({ username, name: "Cán bộ", role, unitId: null, password })
        .error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];
    expect(problems("cb.moi", "VIEWER", "12345678")).toEqual(["password: Mật khẩu cần ít nhất 10 ký tự"]);
    expect(problems("cb.moi", "VIEWER", "password123")).toEqual([
      "password: Mật khẩu này quá phổ biến, dễ bị đoán: hãy chọn mật khẩu khác",
    ]);
    expect(problems("cb.moi", "ADMIN", "Song-Lam-26")).toEqual([
      "password: Mật khẩu cần ít nhất 12 ký tự đối với tài khoản quản trị",
    ]);
    expect(problems("Bad User<script>", "VIEWER", "Mua-thu-Ha-Noi")[0]).toMatch(/^username: /);
    expect(problems("cb.moi", "VIEWER", "Mua-thu-Ha-Noi")).toEqual([]);
    const cli = spawnSync(
      "npx",
      [
        "tsx",
        "scripts/cchc.ts",
        "user",
        "create",
        "--username",
        "Bad User<script>",
        "--name",
        "X",
        "--role",
        "VIEWER",
      ],
      {
        cwd: path.resolve(import.meta.dirname, "../.."),
        encoding: "utf8",
        env: { ...process.env, CCHC_PASSWORD: "Mua-thu-Ha-Noi" },
      },
    );
    expect(cli.status).toBe(2);
    expect(cli.stderr).toContain("không hợp lệ");
  }, 60_000);

  it("creates a user, refuses a duplicate name, and audits", async () => {
    const actor = await adminActor();
    const unit = await makeUnit();
    await createUser(
      { username: "cb.moi", name: "Cán bộ mới", role: "UNIT_STAFF", unitId: unit.id, password: "12345678" },
      actor,
    );
    await expect(
      createUser(
        { username: "cb.moi", name: "Khác", role: "VIEWER", unitId: null, password: "12345678" },
        actor,
      ),
    ).rejects.toThrow("Tên đăng nhập đã tồn tại");
    expect(await db().auditLog.count({ where: { entity: "User", action: "create" } })).toBe(1);
  });

  it("does not let an admin demote or lock themselves", async () => {
    const actor = await db().user.findUniqueOrThrow({ where: { username: "qt.admin" } });
    const me: CurrentUser = {
      id: actor.id,
      role: "ADMIN",
      unitId: null,
      username: actor.username,
      name: actor.name,
      unitName: null,
      unitCode: null,
    };
    await expect(updateUser({ id: me.id, role: "VIEWER", unitId: null, active: true }, me)).rejects.toThrow(
      "chính mình",
    );
    const other = await db().user.findUniqueOrThrow({ where: { username: "cb.moi" } });
    await updateUser({ id: other.id, role: "UNIT_STAFF", unitId: other.unitId, active: false }, me);
    const entry = await db().auditLog.findFirstOrThrow({
      where: { entity: "User", action: "update" },
      orderBy: { id: "desc" },
    });
    expect(entry.oldValue).toMatchObject({ active: true });
    expect(entry.newValue).toMatchObject({ active: false });
  });
});
