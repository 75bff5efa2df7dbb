import "server-only";
// The one wrapper for server actions: loads the user, checks the permission (and the unit the
// input touches), parses the input with zod, and turns failures into a result the form can show.
import { z } from "zod";
import { can, type Permission } from "./permissions";
import { currentUser, type CurrentUser } from "./session";
import { auditForbidden } from "./forbidden";
import { asDomainError, ForbiddenError } from "../errors";

export type FieldErrors = Record<string, string[] | undefined>;
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | {
      ok: false;
      error: string;
      fieldErrors?: FieldErrors;
      status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 503;
    };

export type ActionOptions<I> = {
  /** the unit whose data the input touches; checked against "own" permissions */
  unitOf?: (input: I, user: CurrentUser) => number | null | Promise<number | null>;
};

export function authedAction<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  handler: (input: z.infer<S>, user: CurrentUser) => Promise<T>,
  options: ActionOptions<z.infer<S>> = {},
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const user = await currentUser();
    if (!user)
      return { ok: false, status: 401, error: "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại." };
    if (!can(user, permission)) {
      await auditForbidden(user, permission, `action:${permission}`);
      return { ok: false, status: 403, error: "Bạn không có quyền thực hiện thao tác này." };
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return {
        ok: false,
        status: 422,
        error: "Dữ liệu chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu.",
        fieldErrors: z.flattenError(parsed.error).fieldErrors as FieldErrors,
      };
    }
    if (options.unitOf) {
      const unitId = await options.unitOf(parsed.data, user);
      if (!can(user, permission, unitId)) {
        await auditForbidden(user, permission, `action:${permission}`, unitId);
        return { ok: false, status: 403, error: "Bạn chỉ được thao tác trên dữ liệu của đơn vị mình." };
      }
    }
    try {
      return { ok: true, data: await handler(parsed.data, user) };
    } catch (e) {
      // a service's refusal is audited here, once, like the wrapper's own
      if (e instanceof ForbiddenError && !e.audited)
        await auditForbidden(user, permission, `action:${permission}`, e.unitId);
      const d = asDomainError(e);
      if (d) return { ok: false, status: d.status, error: d.message, fieldErrors: d.fieldErrors };
      throw e;
    }
  };
}

/**
 * The one way a server action is exported for a form (components/ui/kept-form.ts's useKeptForm):
 * (previous result, form data) → result. `input` reshapes the form's fields first (checkbox lists);
 * `then` runs after a success (a redirect to where the user goes next).
 */
export function formAction<T>(
  action: (raw: unknown) => Promise<ActionResult<T>>,
  input: (fields: Record<string, unknown>) => unknown = (fields) => fields,
  then?: (data: T) => void,
) {
  return async (_prev: ActionResult<T> | null, form: FormData): Promise<ActionResult<T>> => {
    const result = await action(input(formDataToObject(form)));
    if (result.ok && then) then(result.data);
    return result;
  };
}

export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of form.entries()) {
    if (k.startsWith("$ACTION")) continue;
    if (k in out) out[k] = ([] as unknown[]).concat(out[k], v);
    else out[k] = v;
  }
  return out;
}
