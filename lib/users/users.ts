import "server-only";
// Users and their units, managed by Home Affairs admins.
import { z } from "zod";
import { db } from "../db/client";
import { hashPassword } from "../auth/password";
import { ROLES } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { DomainError } from "../errors";
import type { CurrentUser } from "../auth/session";
import { passwordProblem, USERNAME, USERNAME_RULE } from "../auth/password-policy";

const UNIT_ROLES = new Set(["UNIT_HEAD", "UNIT_STAFF"]);

export const userInput = z
  .object({
    username: z.string().trim().regex(USERNAME, `Tên đăng nhập: ${USERNAME_RULE}`),
    name: z.string().trim().min(2, "Nhập họ và tên").max(100),
    role: z.enum(ROLES, { message: "Chọn vai trò" }),
    unitId: z.preprocess(
      (v) => (v === "" || v === null || v === undefined ? null : Number(v)),
      z.number().int().positive().nullable(),
    ),
    password: z.string().max(200),
  })
  .refine((u) => !UNIT_ROLES.has(u.role) || u.unitId !== null, {
    path: ["unitId"],
    message: "Thủ trưởng và cán bộ đơn vị phải thuộc một đơn vị",
  })
  .superRefine((u, ctx) => {
    const problem = passwordProblem(u.password, u);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });

export const userUpdate = z
  .object({
    id: z.coerce.number().int().positive(),
    role: z.enum(ROLES),
    unitId: z.preprocess(
      (v) => (v === "" || v === null || v === undefined ? null : Number(v)),
      z.number().int().positive().nullable(),
    ),
    active: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()),
  })
  .refine((u) => !UNIT_ROLES.has(u.role) || u.unitId !== null, {
    path: ["unitId"],
    message: "Thủ trưởng và cán bộ đơn vị phải thuộc một đơn vị",
  });

export async function listUsers() {
  return db().user.findMany({
    orderBy: [{ role: "asc" }, { username: "asc" }],
    include: { unit: { select: { code: true, name: true } } },
  });
}

export async function createUser(input: z.infer<typeof userInput>, actor: CurrentUser) {
  if (await db().user.findUnique({ where: { username: input.username } })) {
    throw new DomainError("Tên đăng nhập đã tồn tại", 409, { username: ["Tên đăng nhập đã tồn tại"] });
  }
  if (input.unitId !== null && !(await db().unit.findUnique({ where: { id: input.unitId } }))) {
    throw new DomainError("Đơn vị không tồn tại", 422, { unitId: ["Đơn vị không tồn tại"] });
  }
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        username: input.username,
        name: input.name,
        role: input.role,
        unitId: input.unitId,
        passwordHash,
      },
    });
    await recordAudit(
      {
        actor,
        action: "create",
        entity: "User",
        entityId: user.id,
        unitId: user.unitId,
        newValue: { username: user.username, role: user.role, unitId: user.unitId },
      },
      tx,
    );
    return { id: user.id };
  });
}

export async function updateUser(input: z.infer<typeof userUpdate>, actor: CurrentUser) {
  return db().$transaction(async (tx) => {
    const old = await tx.user.findUnique({ where: { id: input.id } });
    if (!old) throw new DomainError("Không tìm thấy tài khoản", 404);
    if (old.id === actor.id && (input.role !== "ADMIN" || !input.active)) {
      throw new DomainError("Không thể tự hạ quyền hoặc khoá tài khoản của chính mình", 422);
    }
    // a change of role, unit or activity ends the user's open sessions
    const changed = old.role !== input.role || old.unitId !== input.unitId || old.active !== input.active;
    await tx.user.update({
      where: { id: input.id },
      data: {
        role: input.role,
        unitId: input.unitId,
        active: input.active,
        ...(changed ? { sessionVersion: { increment: 1 } } : {}),
      },
    });
    await recordAudit(
      {
        actor,
        action: "update",
        entity: "User",
        entityId: old.id,
        unitId: input.unitId,
        oldValue: { role: old.role, unitId: old.unitId, active: old.active },
        newValue: { role: input.role, unitId: input.unitId, active: input.active },
      },
      tx,
    );
    return { id: old.id };
  });
}

export const passwordReset = z.object({
  id: z.coerce.number().int().positive(),
  password: z.string().min(1, "Nhập mật khẩu mới").max(200),
});

export async function resetPassword(input: z.infer<typeof passwordReset>, actor: CurrentUser) {
  const account = await db().user.findUnique({
    where: { id: input.id },
    select: { username: true, role: true },
  });
  if (!account) throw new DomainError("Không tìm thấy tài khoản", 404);
  const problem = passwordProblem(input.password, account);
  if (problem) throw new DomainError(problem, 422, { password: [problem] });
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.id } });
    if (!user) throw new DomainError("Không tìm thấy tài khoản", 404);
    // the new password ends every open session, also one opened with the old password
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    // The old and new hashes are never written to the log: only the fact.
    await recordAudit(
      {
        actor,
        action: "update",
        entity: "User",
        entityId: user.id,
        unitId: user.unitId,
        newValue: { password: "đã đặt lại" },
      },
      tx,
    );
    return { id: user.id };
  });
}
