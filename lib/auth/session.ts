import "server-only";
// The signed-in user, looked up once per request. The session token only says who the user is;
// role, unit and whether the account is still active are read from the database every time,
// so that a change by the admin takes effect at once.
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect, forbidden } from "next/navigation";
import { authOptions, sessionEnded } from "./options";
import { db } from "../db/client";
import { can, isRole, type Actor, type Permission } from "./permissions";
import { auditForbidden } from "./forbidden";
import { ancestorsOf } from "../units/lineage";
import { pageLineageEdges } from "../units/lineage-store";

export type CurrentUser = Actor & {
  username: string;
  name: string;
  unitName: string | null;
  unitCode: string | null;
};

/** Units whose records passed to `unitId` in a reorganisation (lib/units/lineage.ts). */
async function inheritedUnits(unitId: number): Promise<number[]> {
  return ancestorsOf(unitId, await pageLineageEdges());
}

export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db().user.findUnique({
    where: { id },
    include: { unit: { select: { name: true, code: true } } },
  });
  if (!user || !user.active || !isRole(user.role)) return null;
  // A session ends on sign-out, a password change, deactivation, a role or unit change (the version
  // moved on), and 12 hours after sign-in however active it is.
  if (sessionEnded(session.user, user)) return null;
  return {
    id: user.id,
    role: user.role,
    unitId: user.unitId,
    username: user.username,
    name: user.name,
    unitName: user.unit?.name ?? null,
    unitCode: user.unit?.code ?? null,
    inheritedUnitIds: user.unitId === null ? [] : await inheritedUnits(user.unitId),
  };
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect("/dang-nhap");
  return user;
}

/** Records an attempt beyond the rules. */
/** For pages: the user, if allowed; otherwise a 403 page (and an audit entry). */
export async function requirePermission(
  permission: Permission,
  unitId?: number | null,
  target: string = permission,
): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user, permission, unitId)) {
    await auditForbidden(user, permission, `page:${target}`, unitId);
    forbidden();
  }
  return user;
}
