// Home Affairs' unit page (issue 11, deliverable 2): edit a unit and its validity, add and remove a
// lineage event (checked like the lineage file), list the accounts of ended units with their successor.
import { describe, expect, it, beforeAll } from "vitest";
import { db } from "../../lib/db/client";
import {
  addLineage,
  editUnit,
  lineageAdd,
  removeLineage,
  unitEdit,
  usersOfEndedUnits,
} from "../../lib/units/edit-unit";
import { makeUnit, makeUser } from "./factories";

let admin: { id: number; username: string };
let oldX: { id: number }, newX: { id: number }, other: { id: number };
beforeAll(async () => {
  const a = await makeUser("ADMIN");
  admin = { id: a.id, username: a.username };
  oldX = await makeUnit({ code: "E_OLD", type: "XA", level: "xa" });
  newX = await makeUnit({ code: "E_NEW", type: "XA", level: "xa" });
  other = await makeUnit({ code: "E_OTHER", type: "XA", level: "xa" });
});

describe("editing a unit", () => {
  it("saves name, group, parent and validity with old and new in the audit log", async () => {
    const input = unitEdit.parse({
      id: String(oldX.id),
      name: "UBND xã Cũ",
      group: "XA",
      parentId: "",
      validFrom: "",
      validTo: "30/06/2025",
    });
    expect(await editUnit(input, admin)).toEqual({ id: oldX.id, changed: true });
    expect(await editUnit(input, admin)).toEqual({ id: oldX.id, changed: false });
    const entry = await db().auditLog.findFirstOrThrow({
      where: { entity: "Unit", entityId: String(oldX.id) },
      orderBy: { id: "desc" },
    });
    expect(entry.newValue).toMatchObject({ name: "UBND xã Cũ", validTo: "2025-06-30" });
    await editUnit(
      unitEdit.parse({
        id: newX.id,
        name: "UBND xã Mới",
        group: "XA",
        parentId: "",
        validFrom: "2025-07-01",
        validTo: "",
      }),
      admin,
    );
    const bad = unitEdit.safeParse({
      id: newX.id,
      name: "UBND xã Mới",
      group: "XA",
      parentId: newX.id,
      validFrom: "2025-07-01",
      validTo: "2025-01-01",
    });
    expect(bad.error?.issues.map((i) => i.path[0])).toEqual(["validTo", "parentId"]);
  });

  it("adds a predecessor checked like the lineage file, refuses a date outside the old unit's validity, and removes it", async () => {
    const late = lineageAdd.parse({
      toUnitId: newX.id,
      fromUnitId: oldX.id,
      kind: "sap_nhap",
      date: "01/08/2025",
      share: "",
    });
    await expect(addLineage(late, admin)).rejects.toMatchObject({
      status: 422,
      fieldErrors: { date: [expect.stringContaining("hết hiệu lực")] },
    });
    await addLineage(
      lineageAdd.parse({
        toUnitId: newX.id,
        fromUnitId: oldX.id,
        kind: "sap_nhap",
        date: "01/07/2025",
        share: "",
      }),
      admin,
    );
    expect(await db().unitLineage.count({ where: { toUnitId: newX.id } })).toBe(1);
    const staff = await makeUser("UNIT_STAFF", oldX.id, "cb.xa.cu");
    const ended = await usersOfEndedUnits(new Date("2026-12-03"));
    expect(ended.find((u) => u.id === staff.id)?.successor).toMatchObject({ code: "E_NEW" });
    await removeLineage({ fromUnitId: oldX.id, toUnitId: newX.id }, admin);
    expect(await db().unitLineage.count({ where: { toUnitId: newX.id } })).toBe(0);
    expect(await db().auditLog.count({ where: { entity: "UnitLineage" } })).toBe(2);
    expect(other).toBeTruthy();
  });
});
