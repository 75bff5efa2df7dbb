import { describe, expect, it } from "vitest";
import { scopedUnitIds } from "./scope";

describe("scopedUnitIds", () => {
  it.each([
    ["ADMIN", null, "cases:read", null],
    ["VIEWER", null, "cases:read", null],
    ["UNIT_STAFF", 7, "cases:read", [7]],
    ["UNIT_HEAD", 7, "plan:write", [7]],
    ["UNIT_STAFF", null, "cases:read", []],
    ["VIEWER", null, "plan:write", []],
    ["NOBODY", 7, "cases:read", []],
  ] as const)("%s of unit %s under %s → %j", (role, unitId, permission, expected) => {
    expect(scopedUnitIds({ id: 1, role: role as "ADMIN", unitId }, permission)).toEqual(expected);
  });
});
