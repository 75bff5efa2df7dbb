import "server-only";
// Issuing, revoking and checking API tokens (Home Affairs admins issue them; "tokens:manage").
import { z } from "zod";
import { db } from "../db/client";
import { recordAudit } from "../audit/record";
import { NotFoundError } from "../errors";
import { hashToken, newToken } from "./token";

export const issueTokenInput = z.object({
  name: z.string().trim().min(3, "Tên phải có ít nhất 3 ký tự").max(100, "Tên tối đa 100 ký tự"),
  unitId: z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? null : Number(v)),
    z.number().int().positive().nullable(),
  ),
});
export const revokeTokenInput = z.object({ id: z.coerce.number().int().positive() });

type Actor = { id: number; username?: string };

export async function issueApiToken(
  input: z.infer<typeof issueTokenInput>,
  actor: Actor,
): Promise<{ id: number; token: string; prefix: string }> {
  if (
    input.unitId !== null &&
    !(await db().unit.findUnique({ where: { id: input.unitId }, select: { id: true } }))
  )
    throw new NotFoundError("Không tìm thấy đơn vị");
  const t = newToken();
  const row = await db().$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: {
        name: input.name,
        tokenHash: t.hash,
        prefix: t.prefix,
        unitId: input.unitId,
        createdById: actor.id,
      },
    });
    await recordAudit(
      {
        actor,
        action: "create",
        entity: "ApiToken",
        entityId: created.id,
        unitId: input.unitId,
        newValue: { name: input.name, prefix: t.prefix, unitId: input.unitId },
      },
      tx,
    );
    return created;
  });
  return { id: row.id, token: t.token, prefix: t.prefix };
}

export async function revokeApiToken(id: number, actor: Actor): Promise<void> {
  await db().$transaction(async (tx) => {
    const row = await tx.apiToken.findUnique({ where: { id } });
    if (!row) throw new NotFoundError("Không tìm thấy mã truy cập");
    // Only an active token: of two revocations at once, one writes and audits, the other does nothing.
    const { count } = await tx.apiToken.updateMany({
      where: { id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (!count) return;
    await recordAudit(
      {
        actor,
        action: "revoke",
        entity: "ApiToken",
        entityId: id,
        unitId: row.unitId,
        oldValue: { prefix: row.prefix },
      },
      tx,
    );
  });
}

export async function listApiTokens() {
  return db().apiToken.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      unit: { select: { code: true, name: true } },
    },
  });
}

export type ApiCaller = { tokenId: number; name: string; unit: { id: number; code: string } | null };

/** The active token a request carries, or null (unknown or revoked). */
export async function authenticateApiToken(token: string | null): Promise<ApiCaller | null> {
  if (!token) return null;
  const row = await db().apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { unit: { select: { id: true, code: true } } },
  });
  if (!row || row.revokedAt) return null;
  await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  return { tokenId: row.id, name: row.name, unit: row.unit };
}
