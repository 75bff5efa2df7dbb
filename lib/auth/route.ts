import "server-only";
// The one wrapper for route handlers: 401 without a session, 403 (audited) beyond the rules.
import { NextResponse } from "next/server";
import { can, type Permission } from "./permissions";
import { currentUser, auditForbidden, type CurrentUser } from "./session";
import { asDomainError, ForbiddenError } from "../errors";
import { appOriginsOf, crossSiteRefusal } from "./same-origin";
import { env } from "../env";

type Handler<C> = (req: Request, user: CurrentUser, ctx: C) => Promise<Response>;

export function authedRoute<C = unknown>(permission: Permission, handler: Handler<C>) {
  return async (req: Request, ctx: C): Promise<Response> => {
    const refused = crossSiteRefusal(req, appOriginsOf(req, env.NEXTAUTH_URL));
    if (refused) return NextResponse.json({ error: refused.error }, { status: refused.status });
    const user = await currentUser();
    if (!user) return NextResponse.json({ error: "Chưa đăng nhập" }, { status: 401 });
    if (!can(user, permission)) {
      await auditForbidden(user, permission, `route:${new URL(req.url).pathname}`);
      return NextResponse.json({ error: "Không có quyền" }, { status: 403 });
    }
    try {
      return await handler(req, user, ctx);
    } catch (e) {
      // a service's refusal is audited here, once, like the wrapper's own
      if (e instanceof ForbiddenError && !e.audited)
        await auditForbidden(user, permission, `route:${new URL(req.url).pathname}`, e.unitId);
      const d = asDomainError(e);
      if (d) return NextResponse.json({ error: d.message, fieldErrors: d.fieldErrors }, { status: d.status });
      throw e;
    }
  };
}

/** Inside a handler: refuse (403, audited) when the user may not touch this unit's data. */
export async function assertUnit(
  user: CurrentUser,
  permission: Permission,
  unitId: number | null,
  req: Request,
): Promise<Response | null> {
  if (can(user, permission, unitId)) return null;
  await auditForbidden(user, permission, `route:${new URL(req.url).pathname}`, unitId);
  return NextResponse.json({ error: "Bạn chỉ được truy cập dữ liệu của đơn vị mình" }, { status: 403 });
}
