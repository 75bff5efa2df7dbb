import { describe, expect, it } from "vitest";
import { can, scopeOf, PERMISSIONS, ROLES, type Actor, type Permission } from "./permissions";

const admin: Actor = { id: 1, role: "ADMIN", unitId: 10 };
const head: Actor = { id: 2, role: "UNIT_HEAD", unitId: 20 };
const staff: Actor = { id: 3, role: "UNIT_STAFF", unitId: 20 };
const inspector: Actor = { id: 4, role: "INSPECTOR", unitId: null };
const viewer: Actor = { id: 5, role: "VIEWER", unitId: null };

describe("permission table", () => {
  it.each<[string, Actor, Permission, number | null | undefined, boolean]>([
    ["admin manages users", admin, "users:manage", undefined, true],
    ["a unit head may not manage users", head, "users:manage", undefined, false],
    ["staff write their own unit's assessment", staff, "assessment:write", 20, true],
    ["staff may not write another unit's assessment", staff, "assessment:write", 21, false],
    ["only the head submits", staff, "assessment:submit", 20, false],
    ["the head submits for the own unit", head, "assessment:submit", 20, true],
    ["the head may not submit for another unit", head, "assessment:submit", 21, false],
    ["an inspector verifies remediation anywhere", inspector, "remediation:verify", 99, true],
    ["an inspector does not appraise", inspector, "appraisal:write", undefined, false],
    ["a viewer reads everything", viewer, "results:read", 99, true],
    ["a viewer changes nothing", viewer, "plan:write", 99, false],
    [
      "a unit user without a unit sees no unit's data",
      { id: 6, role: "UNIT_STAFF", unitId: null },
      "cases:read",
      20,
      false,
    ],
    ["a unit user's scope is not checked against a null unit", staff, "cases:read", null, false],
  ])("%s", (_name, actor, permission, unitId, expected) => {
    expect(can(actor, permission, unitId)).toBe(expected);
  });

  it("refuses unknown roles", () => {
    const ghost = { id: 9, role: "ROOT", unitId: null } as unknown as Actor;
    expect(can(ghost, "overview:read")).toBe(false);
    expect(scopeOf(ghost, "overview:read")).toBeNull();
  });

  it("scopes unit roles to their unit and the others to all", () => {
    expect(scopeOf(staff, "cases:read")).toEqual({ unitId: 20 });
    expect(scopeOf(viewer, "cases:read")).toEqual({ all: true });
    expect(scopeOf(viewer, "cases:import")).toBeNull();
  });

  it("gives the viewer no permission that changes anything but its own account's settings", () => {
    const writes = Object.keys(PERMISSIONS.VIEWER).filter(
      (p) => !p.endsWith(":read") && p !== "account:self",
    );
    expect(writes).toEqual([]);
  });

  // the province's national standing is province-wide published information, read by everyone
  it("gives unit roles only own-unit scopes except reading rankings, criteria and the national standing", () => {
    for (const role of ["UNIT_HEAD", "UNIT_STAFF"] as const) {
      const all = Object.entries(PERMISSIONS[role])
        .filter(([, s]) => s === "all")
        .map(([p]) => p)
        .sort();
      expect(all).toEqual(["criteria:read", "national:read", "rankings:read"]);
    }
    expect(ROLES).toHaveLength(5);
  });
});

describe("units replaced in a reorganisation", () => {
  const heir = { id: 9, role: "UNIT_HEAD" as const, unitId: 30, inheritedUnitIds: [31, 32] };
  it("lets a successor's users read, never write, the data of the units it replaced", () => {
    expect(can(heir, "results:read", 31)).toBe(true);
    expect(can(heir, "remediation:read", 32)).toBe(true);
    expect(can(heir, "remediation:write", 32)).toBe(false);
    expect(can(heir, "assessment:write", 31)).toBe(false);
    expect(can(heir, "results:read", 33)).toBe(false);
    expect(can({ ...heir, inheritedUnitIds: [] }, "results:read", 31)).toBe(false);
  });
});
