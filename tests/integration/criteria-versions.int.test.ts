import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { createCriteriaSet, loadCriteriaSet } from "../../lib/criteria/store";
import { copyCriteriaSet, saveCriteriaSet } from "../../lib/criteria/editor-service";
import { switchRoundCriteriaSet } from "../../lib/criteria/round-switch";
import { makeUnit, makeUser } from "./factories";
import { asActor, makeRound, nodeId, smallSet } from "./criteria-fixtures";

const bare = (s: Awaited<ReturnType<typeof loadCriteriaSet>>) => ({
  name: s.name,
  year: s.year,
  group: s.group,
  classification: s.classification,
  fields: s.fields,
});

describe("criteria set versions", () => {
  it("copies last year's set into a new year of the same group, based on it, audited", async () => {
    const admin = asActor(await makeUser("ADMIN"));
    const from = await createCriteriaSet(smallSet(2030));
    const { id, version } = await copyCriteriaSet(admin, { fromId: from, year: 2031 });
    expect(version).toBe(1);
    const copy = await loadCriteriaSet(id);
    expect(copy).toMatchObject({ year: 2031, group: "SO", name: "Bộ tiêu chí khối sở 2031" });
    expect(copy.fields).toEqual(smallSet(2030).fields);
    expect((await db().criteriaSet.findUniqueOrThrow({ where: { id } })).basedOnId).toBe(from);
    expect(
      await db().auditLog.count({ where: { entity: "CriteriaSet", action: "copy", entityId: String(id) } }),
    ).toBe(1);
    await expect(copyCriteriaSet(admin, { fromId: from, year: 2030 })).rejects.toMatchObject({ status: 422 });
  });

  it("saving a set used by an OPEN round makes version 2 and leaves version 1 and the round intact", async () => {
    const admin = asActor(await makeUser("ADMIN"));
    const v1 = await createCriteriaSet(smallSet(2032));
    const round = await makeRound(2032, v1, "OPEN");
    const before = await loadCriteriaSet(v1);
    const edited = structuredClone(bare(before));
    (edited.fields[0]!.children![0]! as { max: number }).max = 3;
    edited.fields[0]!.children![0]!.rule = {
      type: "choice",
      options: { kip_thoi: 3, khong_kip_thoi: 1, khong_ban_hanh: 0 },
    };
    const out = await saveCriteriaSet(admin, { setId: v1, json: edited });
    expect(out).toMatchObject({ mode: "new-version", version: 2, previousId: v1, why: "in-use" });
    if (out.mode !== "new-version") throw new Error("unreachable");
    expect(out.stillOnPrevious.map((r) => r.id)).toEqual([round.id]);
    expect(await loadCriteriaSet(v1)).toEqual(before);
    expect((await loadCriteriaSet(out.setId)).fields[0]!.children![0]!.max).toBe(3);
    expect((await db().criteriaSet.findUniqueOrThrow({ where: { id: out.setId } })).basedOnId).toBe(v1);
    expect((await db().evaluationRound.findUniqueOrThrow({ where: { id: round.id } })).criteriaSetId).toBe(
      v1,
    );
    expect(
      await db().auditLog.count({
        where: { entity: "CriteriaSet", action: "new-version", entityId: String(out.setId) },
      }),
    ).toBe(1);
    // Saving the same tree again changes nothing.
    expect(
      (await saveCriteriaSet(admin, { setId: out.setId, json: bare(await loadCriteriaSet(out.setId)) })).mode,
    ).toBe("unchanged");
  });

  it("edits a set used only by a DRAFT round in place, keeping entered values; a deleted leaf with values makes a new version", async () => {
    const admin = asActor(await makeUser("ADMIN"));
    const unit = await makeUnit({ code: "SO_V" });
    const setId = await createCriteriaSet(smallSet(2033));
    const round = await makeRound(2033, setId, "DRAFT");
    const leaf21 = await nodeId(setId, "2.1");
    await db().assessmentValue.create({
      data: { roundId: round.id, unitId: unit.id, nodeId: leaf21, selfValue: "1" },
    });

    // Move 2.3 under field 1 and rename field 2: same set, same version, value still on 2.1.
    const edited = bare(await loadCriteriaSet(setId));
    const moved = edited.fields[1]!.children!.pop()!;
    edited.fields[0]!.children!.push(moved);
    edited.fields[1]!.name = "Cải cách thủ tục hành chính";
    const out = await saveCriteriaSet(admin, { setId, json: edited });
    expect(out).toMatchObject({ mode: "in-place", setId, version: 1 });
    const after = await loadCriteriaSet(setId);
    expect(after.fields[0]!.children!.map((c) => c.code)).toEqual(["1.1", "1.2", "1.3", "2.3"]);
    expect(after.fields[1]!.name).toBe("Cải cách thủ tục hành chính");
    expect(await nodeId(setId, "2.1")).toBe(leaf21);
    expect(await db().assessmentValue.count({ where: { nodeId: leaf21 } })).toBe(1);

    // Deleting 2.1 (which has a value) cannot happen in place.
    const without = structuredClone(bare(after));
    without.fields[1]!.children = without.fields[1]!.children!.filter((c) => c.code !== "2.1");
    const out2 = await saveCriteriaSet(admin, { setId, json: without });
    expect(out2).toMatchObject({ mode: "new-version", version: 2, why: "values" });
    expect(await loadCriteriaSet(setId)).toEqual(after);

    // Switching the DRAFT round to version 2 is refused: 2.1 has a value and no leaf in v2.
    await expect(
      switchRoundCriteriaSet(admin, { roundId: round.id, setId: out2.setId }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it("switches an OPEN round to a new version only on request: values follow their code; a PUBLISHED round cannot switch", async () => {
    const admin = asActor(await makeUser("ADMIN"));
    const unit = await makeUnit({ code: "SO_W" });
    const v1 = await createCriteriaSet(smallSet(2034));
    const round = await makeRound(2034, v1, "OPEN");
    await db().assessmentValue.create({
      data: { roundId: round.id, unitId: unit.id, nodeId: await nodeId(v1, "1.1"), selfValue: "kip_thoi" },
    });
    const edited = bare(await loadCriteriaSet(v1));
    edited.fields[1]!.children!.push({ code: "2.4", name: "Số hoá", max: 1, rule: { type: "boolean" } });
    const out = await saveCriteriaSet(admin, { setId: v1, json: edited });
    expect(out.mode).toBe("new-version");

    const r = await switchRoundCriteriaSet(admin, { roundId: round.id, setId: out.setId });
    expect(r.moved).toBe(1);
    expect((await db().evaluationRound.findUniqueOrThrow({ where: { id: round.id } })).criteriaSetId).toBe(
      out.setId,
    );
    const value = await db().assessmentValue.findFirstOrThrow({
      where: { roundId: round.id },
      include: { node: true },
    });
    expect(value.node).toMatchObject({ setId: out.setId, code: "1.1" });
    expect(
      await db().auditLog.count({
        where: { entity: "CriteriaSet", action: "switch-round", roundId: round.id },
      }),
    ).toBe(1);

    const published = await makeRound(2035, await createCriteriaSet(smallSet(2035)), "PUBLISHED");
    const v2 = (
      await saveCriteriaSet(admin, {
        setId: published.criteriaSetId,
        json: { ...smallSet(2035), name: "Đổi tên" },
      })
    ).setId;
    await expect(switchRoundCriteriaSet(admin, { roundId: published.id, setId: v2 })).rejects.toMatchObject({
      status: 409,
    });
  });
});
