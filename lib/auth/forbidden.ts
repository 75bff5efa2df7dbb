// Every refusal beyond the rules is audited, and in one place per refusal (issue 15): the page,
// action and route wrappers audit their own refusals and a service's ForbiddenError that was not
// audited yet; a service that checks a unit itself uses requireUnitAccess, which audits and marks
// the error as audited so that no wrapper records it twice.
import { recordAudit } from "../audit/record";
import { ForbiddenError } from "../errors";
import { can, type Actor, type Permission } from "./permissions";

export async function auditForbidden(
  user: { id: number; username?: string } | null,
  permission: Permission,
  target: string,
  unitId?: number | null,
) {
  await recordAudit({
    actor: user ? { id: user.id, username: user.username } : null,
    action: "forbidden",
    entity: "access",
    entityId: target,
    unitId: unitId ?? null,
    newValue: { permission },
  });
}

/**
 * Refuses (403, audited with `target`) unless the user may use `permission` on this unit's data.
 * `message` says whose data it is: "Bạn chỉ được truy cập dữ liệu tự đánh giá của đơn vị mình."
 */
export async function requireUnitAccess(
  user: Actor & { id: number; username?: string },
  permission: Permission,
  unitId: number | null,
  target: string,
  message = "Bạn chỉ được truy cập dữ liệu của đơn vị mình.",
): Promise<void> {
  if (can(user, permission, unitId)) return;
  await auditForbidden(user, permission, target, unitId);
  throw new ForbiddenError(message, unitId, true);
}
