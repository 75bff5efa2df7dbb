// The unit ids a user's queries are limited to under a permission: null = every unit, [id, …] = their
// own unit (and, for reading, the units it replaced in a reorganisation), [] = none (never widen a
// query when the scope is unknown).
import { scopeOf, type Actor, type Permission } from "../auth/permissions";

export function scopedUnitIds(actor: Actor, permission: Permission): number[] | null {
  const s = scopeOf(actor, permission);
  if (!s) return [];
  if ("all" in s) return null;
  return permission.endsWith(":read") ? [s.unitId, ...(actor.inheritedUnitIds ?? [])] : [s.unitId];
}
