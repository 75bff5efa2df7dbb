import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { createCriteriaSet, loadCriteriaSet } from "../../lib/criteria/store";
import {
  CriteriaSetInvalid,
  copyCriteriaSet,
  importCriteriaSet,
  saveCriteriaSet,
} from "../../lib/criteria/editor-service";
import { switchRoundCriteriaSet } from "../../lib/criteria/round-switch";
import { criteriaSetExport } from "../../lib/criteria/export";
import { makeUnit, makeUser } from "./factories";
import { asActor, makeRound, smallSet } from "./criteria-fixtures";

const counts = async () => ({
  sets: await db().criteriaSet.count(),
  nodes: await db().criteriaNode.count(),
  audit: await db().auditLog.count(),
});

describe("criteria editor service", () => {
  it("refuses an invalid set with errors naming each node, and writes nothing", async () => {
    const admin = asActor(await makeUser("ADMIN"));
    const setId = await createCriteriaSet(smallSet(2040));
    const bad = smallSet(2040);
    const f1 = bad.fields[0]!.children!;
    f1[1]!.rule = { type: "bands", bands: [] };
    f1[0]!.code = "1.2"; // duplicate of the next leaf
    bad.fields[1]!.children![1]!.metric = "khong.co";
    const before = await counts();
    const err = await saveCriteriaSet(admin, { setId, json: bad }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CriteriaSetInvalid);
    const errors = (err as CriteriaSetInvalid).errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: "1.2",
          path: "fields[0].children[1].rule.bands",
          message: expect.stringContaining("Tiêu chí 1.2"),
        }),
        expect.objectContaining({
          code: "1.2",
          path: "fields[0].children[1]",
          message: expect.stringContaining("bị trùng"),
        }),
        expect.objectContaining({ code: "2.2", path: "fields[1].children[1].metric" }),
      ]),
    );
    expect((err as CriteriaSetInvalid).fieldErrors?.["fields[0].children[1].rule.bands"]?.[0]).toMatch(
      /khoảng/,
    );
    expect(await counts()).toEqual(before);
    expect((await loadCriteriaSet(setId)).fields).toEqual(smallSet(2040).fields);
  });

  it("refuses every change to a unit head, an inspector and a viewer", async () => {
    const unit = await makeUnit({ code: "SO_E" });
    const setId = await createCriteriaSet(smallSet(2041));
    const round = await makeRound(2041, setId, "DRAFT");
    const before = await counts();
    for (const [role, unitId] of [
      ["UNIT_HEAD", unit.id],
      ["UNIT_STAFF", unit.id],
      ["INSPECTOR", null],
      ["VIEWER", null],
    ] as const) {
      const user = asActor(await makeUser(role, unitId));
      await expect(
        saveCriteriaSet(user, { setId, json: { ...smallSet(2041), name: "Sửa trái phép" } }),
      ).rejects.toMatchObject({ status: 403 });
      await expect(copyCriteriaSet(user, { fromId: setId, year: 2042 })).rejects.toMatchObject({
        status: 403,
      });
      await expect(importCriteriaSet(user, JSON.stringify(smallSet(2043)))).rejects.toMatchObject({
        status: 403,
      });
      await expect(switchRoundCriteriaSet(user, { roundId: round.id, setId })).rejects.toMatchObject({
        status: 403,
      });
    }
    const after = await counts();
    expect({ sets: after.sets, nodes: after.nodes }).toEqual({ sets: before.sets, nodes: before.nodes });
    expect((await loadCriteriaSet(setId)).name).toBe("Bộ tiêu chí khối sở 2041");
  });

  it("export → import gives the same set, as a new version of its year and group", async () => {
    const admin = asActor(await makeUser("ADMIN"));
    const setId = await createCriteriaSet(smallSet(2044));
    const exported = (await criteriaSetExport(setId))!;
    expect(exported.filename).toBe("bo-tieu-chi-2044-SO-v1.json");
    const text = `\uFEFF${JSON.stringify(exported.json, null, 2)}`;
    const imported = await importCriteriaSet(admin, text);
    expect(imported).toMatchObject({ year: 2044, group: "SO", version: 2 });
    expect((await criteriaSetExport(imported.id))!.json).toEqual(exported.json);
    expect(exported.json).toEqual(smallSet(2044));
    expect(await db().auditLog.count({ where: { entity: "CriteriaSet", action: "import" } })).toBe(1);
  });

  it("refuses a file that is not JSON or not a criteria set, naming the node", async () => {
    const admin = asActor(await makeUser("ADMIN"));
    await expect(importCriteriaSet(admin, "{ khong phai json")).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("JSON"),
    });
    const bad = smallSet(2045);
    delete (bad.fields[1]!.children![0] as { max?: number }).max;
    const err = (await importCriteriaSet(admin, JSON.stringify(bad)).catch(
      (e: unknown) => e,
    )) as CriteriaSetInvalid;
    expect(err.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^Tiêu chí 2\.1: .*max/)]);
    expect(await db().criteriaSet.count({ where: { year: 2045 } })).toBe(0);
  });

  it("refuses a save when someone else saved since the page was opened", async () => {
    const admin = asActor(await makeUser("ADMIN"));
    const setId = await createCriteriaSet(smallSet(2046));
    await expect(
      saveCriteriaSet(admin, {
        setId,
        json: { ...smallSet(2046), name: "Khác" },
        expectedUpdatedAt: "2000-01-01T00:00:00.000Z",
      }),
    ).rejects.toMatchObject({ status: 409 });
  });
});
