// Small builders for integration tests.
import { db } from "../../lib/db/client";
import { hashPassword } from "../../lib/auth/password";
import type { Role } from "../../lib/auth/permissions";

let n = 0;

export async function makeUnit(
  over: Partial<{
    code: string;
    name: string;
    type: "SO" | "HUYEN" | "XA" | "NGANH_DOC" | "DVSN";
    level: "tinh" | "huyen" | "xa";
    group: string;
  }> = {},
) {
  n++;
  return db().unit.create({
    data: {
      code: over.code ?? `U${n}`,
      name: over.name ?? `Đơn vị ${n}`,
      type: over.type ?? "SO",
      level: over.level ?? "tinh",
      group: over.group ?? over.type ?? "SO",
    },
  });
}

export async function makeUser(role: Role, unitId: number | null = null, username = `user${++n}`) {
  return db().user.create({
    data: {
      username,
      name: `Người dùng ${username}`,
      role,
      unitId,
      passwordHash: await hashPassword("matkhau123"),
    },
  });
}
