import "server-only";
// The one wrapper for route handlers. Every kind of error has one status:
//   401 not signed in · 403 beyond the rules (audited, also a service's ForbiddenError) ·
//   404 a path parameter that names nothing (`params` schema) or a NotFoundError ·
//   415 a state-changing body that is neither JSON nor multipart (same-origin check) ·
//   422 a body that fails its schema, with the messages per field · 413 an upload over its limit ·
//   409 a conflict (someone saved first, a unique key) · other DomainErrors by their own status.
// With a `{ params, body }` spec the handler receives them parsed; a multipart body's text fields
// are parsed by `body` and its files are read from `form` (lib/files/upload.ts).
import { NextResponse } from "next/server";
import { z } from "zod";
import { can, type Permission } from "./permissions";
import { currentUser, type CurrentUser } from "./session";
import { auditForbidden } from "./forbidden";
import { asDomainError, ForbiddenError, InvalidInputError, NotFoundError } from "../errors";
import { appOriginsOf, crossSiteRefusal } from "./same-origin";
import { env } from "../env";

type Handler<C> = (req: Request, user: CurrentUser, ctx: C) => Promise<Response>;
type Ctx = { params?: Promise<Record<string, string | string[]>> };

export type RouteSpec<P extends z.ZodType, B extends z.ZodType> = {
  /** the path's parameters; a failure answers 404 (an id that is not a number names nothing) */
  params?: P;
  /** the JSON body, or a multipart body's text fields; a failure answers 422 with field errors */
  body?: B;
  /** what a failing `params` names, in the 404 message: "Không tìm thấy tệp" */
  notFound?: string;
};
export type RouteInput<P extends z.ZodType, B extends z.ZodType> = {
  params: z.infer<P>;
  body: z.infer<B>;
  /** the multipart body as sent (for its files), null for JSON */
  form: FormData | null;
};
type SpecHandler<P extends z.ZodType, B extends z.ZodType> = (
  req: Request,
  user: CurrentUser,
  input: RouteInput<P, B>,
) => Promise<Response>;

export function authedRoute<C = unknown>(
  permission: Permission,
  handler: Handler<C>,
): (req: Request, ctx: C) => Promise<Response>;
export function authedRoute<P extends z.ZodType = z.ZodUndefined, B extends z.ZodType = z.ZodUndefined>(
  permission: Permission,
  spec: RouteSpec<P, B>,
  handler: SpecHandler<P, B>,
): (req: Request, ctx: Ctx) => Promise<Response>;
export function authedRoute(
  permission: Permission,
  specOrHandler: RouteSpec<z.ZodType, z.ZodType> | Handler<unknown>,
  specHandler?: SpecHandler<z.ZodType, z.ZodType>,
) {
  return async (req: Request, ctx: unknown): Promise<Response> => {
    const refused = crossSiteRefusal(req, appOriginsOf(req, env.NEXTAUTH_URL));
    if (refused) return NextResponse.json({ error: refused.error }, { status: refused.status });
    const user = await currentUser();
    if (!user) return NextResponse.json({ error: "Chưa đăng nhập" }, { status: 401 });
    if (!can(user, permission)) {
      await auditForbidden(user, permission, `route:${new URL(req.url).pathname}`);
      return NextResponse.json({ error: "Không có quyền" }, { status: 403 });
    }
    try {
      if (typeof specOrHandler === "function") return await specOrHandler(req, user, ctx);
      return await specHandler!(req, user, await parseInput(req, ctx as Ctx, specOrHandler));
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

async function parseInput(
  req: Request,
  ctx: Ctx,
  spec: RouteSpec<z.ZodType, z.ZodType>,
): Promise<RouteInput<z.ZodType, z.ZodType>> {
  let params: unknown = undefined;
  if (spec.params) {
    const parsed = spec.params.safeParse((await ctx?.params) ?? {});
    if (!parsed.success) throw new NotFoundError(spec.notFound ?? "Không tìm thấy dữ liệu");
    params = parsed.data;
  }
  let body: unknown = undefined;
  let form: FormData | null = null;
  if (spec.body) {
    let raw: unknown = null;
    if ((req.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
      form = await req.formData().catch(() => null);
      if (!form) throw new InvalidInputError({}, "Dữ liệu gửi lên không đọc được (multipart/form-data hỏng)");
      raw = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string"));
    } else {
      raw = await req.json().catch(() => null);
      if (raw === null) throw new InvalidInputError({}, "Dữ liệu gửi lên không phải JSON hợp lệ");
    }
    const parsed = spec.body.safeParse(raw);
    if (!parsed.success)
      throw new InvalidInputError(z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
    body = parsed.data;
  }
  return { params, body, form };
}
