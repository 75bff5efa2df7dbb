// The unit ids a user's queries are limited to under a permission: null = every unit, [id] = their
// own unit, [] = none (never widen a query when the scope is unknown).
import { scopeOf, type Actor, type Permission } from "../auth/permissions";

export function scopedUnitIds(actor: Actor, permission: Permission): number[] | null {
  const s = scopeOf(actor, permission);
  if (!s) return [];
  return "all" in s ? null : [s.unitId];
}
