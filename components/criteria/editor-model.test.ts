import { describe, expect, it } from "vitest";
import { demoCriteriaSet } from "@/lib/demo/criteria";
import type { CriteriaSetJson } from "@/lib/criteria/store";
import { draftTotals, fromSetJson, parseNum, toSetJson } from "./editor-model";
import { addChild, errorsAt, mapNode, moveNode, moveTargets, nodePaths, reparentNode } from "./tree-ops";

const demo = () => demoCriteriaSet(2024, "SO") as unknown as CriteriaSetJson;

describe("editor draft", () => {
  it("round-trips a set through the draft unchanged", () => {
    expect(toSetJson(fromSetJson(demo()))).toEqual(demo());
  });

  it.each([
    ["1,5", 1.5],
    ["2.25", 2.25],
    [" 3 ", 3],
    ["", undefined],
    ["abc", "abc"],
    ["1,2,3", "1,2,3"],
  ])("parseNum(%j) = %j", (s, n) => {
    expect(parseNum(s)).toEqual(n);
  });

  it("keeps unparseable numbers as typed so the server names them, and omits empty band bounds", () => {
    const d = fromSetJson(demo());
    const leaf = d.fields[0]!.children[1]!; // 1.2 bands
    const edited = mapNode(d.fields, leaf.id, (n) => ({
      ...n,
      max: "hai",
      bands: [{ gt: "", gte: "50", lt: "", lte: "", points: "1,5" }],
    }));
    const json = toSetJson({ ...d, fields: edited }).fields[0]!.children![1]!;
    expect(json.max).toBe("hai");
    expect(json.rule).toEqual({ type: "bands", bands: [{ gte: 50, points: 1.5 }] });
  });

  it("totals a field live: bonus leaves apart, a changed max at once", () => {
    const d = fromSetJson(demo());
    expect(draftTotals(d.fields[0]!)).toEqual({ max: 8, bonus: 1 });
    const leaf = d.fields[0]!.children[0]!;
    const fields = mapNode(d.fields, leaf.id, (n) => ({ ...n, max: "2,5" }));
    expect(draftTotals(fields[0]!)).toEqual({ max: 9.5, bonus: 1 });
  });
});

describe("tree operations", () => {
  it("moves a node up, down and into another group, never into its own subtree", () => {
    const d = fromSetJson(demo());
    const [f1, f2] = d.fields;
    const first = f1!.children[0]!;
    expect(moveNode(d.fields, first.id, -1)).toEqual(d.fields);
    expect(
      moveNode(d.fields, first.id, 1)[0]!
        .children.map((c) => c.code)
        .slice(0, 2),
    ).toEqual(["1.2", "1.1"]);
    const moved = reparentNode(d.fields, first.id, f2!.id);
    expect(moved[1]!.children.at(-1)!.code).toBe("1.1");
    expect(moved[0]!.children.some((c) => c.code === "1.1")).toBe(false);
    expect(reparentNode(d.fields, f1!.id, f1!.children[4]!.id)).toBe(d.fields); // 1.5 is inside field 1
    expect(moveTargets(d.fields, f1!.id).map((t) => t.label)).not.toContain(expect.stringMatching(/^1\.5 /));
  });

  it("adds a child with a suggested code; a leaf that gets a child becomes a group", () => {
    const d = fromSetJson(demo());
    const leaf = d.fields[0]!.children[0]!;
    const fields = addChild(d.fields, leaf.id, "x");
    const json = toSetJson({ ...d, fields }).fields[0]!.children![0]!;
    expect(json).toEqual({
      code: "1.1",
      name: "Ban hành kế hoạch CCHC năm",
      children: [{ code: "1.1.1", name: "", rule: { type: "manual" } }],
    });
  });

  it("places an error on the node it names, not on its parent", () => {
    const d = fromSetJson(demo());
    const paths = nodePaths(d.fields);
    const errors = {
      "fields[0].children[1].rule.bands": ["Tiêu chí 1.2: lỗi"],
      "fields[0]": ["Lĩnh vực 1: lỗi"],
    };
    expect(errorsAt(errors, paths.get(d.fields[0]!.children[1]!.id)!)).toEqual(["Tiêu chí 1.2: lỗi"]);
    expect(errorsAt(errors, paths.get(d.fields[0]!.id)!)).toEqual(["Lĩnh vực 1: lỗi"]);
    expect(errorsAt(errors, paths.get(d.fields[0]!.children[0]!.id)!)).toEqual([]);
  });
});
