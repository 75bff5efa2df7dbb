// One table: which role may do what. "own" permissions are limited to the user's own unit;
// the policy (lib/auth/policy.ts) checks the unit. Pure: no database, used by server and UI.
export const ROLES = ["ADMIN", "UNIT_HEAD", "UNIT_STAFF", "INSPECTOR", "VIEWER"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Sở Nội vụ (quản trị)",
  UNIT_HEAD: "Thủ trưởng đơn vị",
  UNIT_STAFF: "Cán bộ đầu mối",
  INSPECTOR: "Đoàn kiểm tra",
  VIEWER: "Lãnh đạo tỉnh (xem)",
};

export type Permission =
  | "overview:read"
  | "rankings:read"
  | "units:read"
  | "units:manage"
  | "users:manage"
  | "criteria:read"
  | "criteria:manage"
  | "rounds:manage"
  | "assessment:read"
  | "assessment:write"
  | "assessment:submit"
  | "appraisal:write"
  | "survey:import"
  | "results:publish"
  | "results:read"
  | "cases:read"
  | "cases:import"
  | "plan:read"
  | "plan:write"
  | "plan:manage"
  | "inspections:read"
  | "inspections:write"
  | "remediation:read"
  | "remediation:write"
  | "remediation:verify"
  | "audit:read"
  | "tokens:manage"
  /** the province's results in the national indices (PAR INDEX, SIPAS, QĐ 766 …) and their lead departments */
  | "national:read"
  | "national:manage"
  /** one's own account settings (e-mail, which notices to receive) */
  | "account:self";

/** "all": any unit; "own": only the user's unit. Absent: refused. */
export type Scope = "all" | "own";

const ALL = "all" as const;
const OWN = "own" as const;

export const PERMISSIONS: Record<Role, Partial<Record<Permission, Scope>>> = {
  ADMIN: {
    "account:self": OWN,
    "overview:read": ALL,
    "rankings:read": ALL,
    "units:read": ALL,
    "units:manage": ALL,
    "users:manage": ALL,
    "criteria:read": ALL,
    "criteria:manage": ALL,
    "rounds:manage": ALL,
    "assessment:read": ALL,
    "appraisal:write": ALL,
    "survey:import": ALL,
    "results:publish": ALL,
    "results:read": ALL,
    "cases:read": ALL,
    "cases:import": ALL,
    "plan:read": ALL,
    "plan:write": ALL,
    "plan:manage": ALL,
    "inspections:read": ALL,
    "inspections:write": ALL,
    "remediation:read": ALL,
    "remediation:verify": ALL,
    "audit:read": ALL,
    "tokens:manage": ALL,
    "national:read": ALL,
    "national:manage": ALL,
  },
  UNIT_HEAD: {
    "account:self": OWN,
    "overview:read": OWN,
    "rankings:read": ALL,
    "units:read": OWN,
    "criteria:read": ALL,
    "national:read": ALL,
    "assessment:read": OWN,
    "assessment:write": OWN,
    "assessment:submit": OWN,
    "results:read": OWN,
    "cases:read": OWN,
    "plan:read": OWN,
    "plan:write": OWN,
    "inspections:read": OWN,
    "remediation:read": OWN,
    "remediation:write": OWN,
  },
  UNIT_STAFF: {
    "account:self": OWN,
    "overview:read": OWN,
    "rankings:read": ALL,
    "units:read": OWN,
    "criteria:read": ALL,
    "national:read": ALL,
    "assessment:read": OWN,
    "assessment:write": OWN,
    "results:read": OWN,
    "cases:read": OWN,
    "plan:read": OWN,
    "plan:write": OWN,
    "inspections:read": OWN,
    "remediation:read": OWN,
    "remediation:write": OWN,
  },
  INSPECTOR: {
    "account:self": OWN,
    "overview:read": ALL,
    "rankings:read": ALL,
    "units:read": ALL,
    "criteria:read": ALL,
    "national:read": ALL,
    "assessment:read": ALL,
    "results:read": ALL,
    "cases:read": ALL,
    "plan:read": ALL,
    "inspections:read": ALL,
    "inspections:write": ALL,
    "remediation:read": ALL,
    "remediation:verify": ALL,
  },
  VIEWER: {
    "account:self": OWN,
    "overview:read": ALL,
    "rankings:read": ALL,
    "units:read": ALL,
    "criteria:read": ALL,
    "national:read": ALL,
    "assessment:read": ALL,
    "results:read": ALL,
    "cases:read": ALL,
    "plan:read": ALL,
    "inspections:read": ALL,
    "remediation:read": ALL,
  },
};

/**
 * `inheritedUnitIds`: units whose records passed to the user's unit in a reorganisation (merged,
 * divided or renamed into it, through chains). Their data can be read, never written, under an
 * "own" permission: a commune's staff read the results and plans of the communes it replaced.
 */
export type Actor = { id: number; role: Role; unitId: number | null; inheritedUnitIds?: readonly number[] };

const isRead = (p: Permission) => p.endsWith(":read");

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/**
 * May `actor` use `permission` on a unit's data? Without `unitId` the question is whether the
 * permission is held at all (e.g. to show a menu item); the data must then be scoped by `scopeOf`.
 * Unknown roles are refused.
 */
export function can(actor: Actor, permission: Permission, unitId?: number | null): boolean {
  if (!isRole(actor.role)) return false;
  const scope = PERMISSIONS[actor.role][permission];
  if (!scope) return false;
  if (scope === "all" || unitId === undefined) return true;
  if (actor.unitId === null || unitId === null) return false;
  return actor.unitId === unitId || (isRead(permission) && (actor.inheritedUnitIds ?? []).includes(unitId));
}

/** The units whose data `actor` may see under `permission`: "all", one unit id, or none. */
export function scopeOf(actor: Actor, permission: Permission): { all: true } | { unitId: number } | null {
  if (!isRole(actor.role)) return null;
  const scope = PERMISSIONS[actor.role][permission];
  if (!scope) return null;
  if (scope === "all") return { all: true };
  return actor.unitId === null ? null : { unitId: actor.unitId };
}
