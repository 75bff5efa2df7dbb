import { describe, expect, it } from "vitest";
import { parseCriteriaSet } from "./criteria-schema";
import { BANDS } from "./__fixtures__/build";

/** The example of interfaces.md, "Criteria set (JSON)". */
const example = {
  name: "Bộ tiêu chí khối sở 2023",
  year: 2023,
  group: "SO",
  classification: BANDS,
  fields: [
    {
      code: "1",
      name: "Công tác chỉ đạo, điều hành CCHC",
      children: [
        {
          code: "1.1",
          name: "Ban hành kế hoạch CCHC năm",
          max: 1,
          rule: { type: "choice", options: { kip_thoi: 1, khong_kip_thoi: 0.5, khong_ban_hanh: 0 } },
        },
        {
          code: "1.2",
          name: "Mức độ thực hiện kế hoạch CCHC",
          max: 2,
          metric: "plan.completionRate",
          rule: {
            type: "bands",
            bands: [
              { gt: 90, points: 2 },
              { gte: 70, lte: 90, points: 1 },
              { lt: 70, points: 0 },
            ],
          },
        },
      ],
    },
  ],
};

type Json = Record<string, unknown>;

/** The example with one leaf (1.2) replaced. */
function withLeaf12(patch: Json): unknown {
  const copy = structuredClone(example) as Json & { fields: { children: Json[] }[] };
  copy.fields[0]!.children[1] = { ...copy.fields[0]!.children[1], ...patch };
  return copy;
}

function errorsOf(json: unknown) {
  const result = parseCriteriaSet(json);
  if (result.ok) throw new Error("expected errors");
  return result.errors;
}

describe("parseCriteriaSet", () => {
  it("accepts the interface example and types it", () => {
    const result = parseCriteriaSet(example);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const leaf = (result.set.fields[0] as { children: unknown[] }).children[1];
    expect(leaf).toEqual(example.fields[0]!.children[1]);
  });

  it("accepts every rule type, nesting to any depth, appliesTo and bonus", () => {
    const set = {
      ...example,
      fields: [
        {
          code: "7",
          name: "Chính quyền số",
          children: [
            {
              code: "7.1",
              name: "Dịch vụ công",
              children: [
                { code: "7.1.1", name: "a", max: 1, rule: { type: "manual" } },
                { code: "7.1.2", name: "b", max: 1, rule: { type: "boolean" }, appliesTo: ["SO", "HUYEN"] },
                { code: "7.1.3", name: "c", max: 2, rule: { type: "linear", threshold: 80 } },
                { code: "7.1.4", name: "d", max: 2, rule: { type: "deduction", perOccurrence: 0.25 } },
                { code: "7.1.5", name: "e", max: 3, rule: { type: "survey" } },
                { code: "7.1.6", name: "f", max: 1, rule: { type: "manual" }, bonus: true },
              ],
            },
          ],
        },
      ],
    };
    expect(parseCriteriaSet(set)).toMatchObject({ ok: true });
  });

  it.each<[string, Json, string]>([
    [
      "empty bands",
      { rule: { type: "bands", bands: [] } },
      'Tiêu chí 1.2: ngưỡng "bands" phải có ít nhất một khoảng',
    ],
    [
      "a band without bounds",
      { rule: { type: "bands", bands: [{ points: 1 }] } },
      "Tiêu chí 1.2: mỗi khoảng phải có ít nhất một cận (gt, gte, lt hoặc lte)",
    ],
    [
      "band points above max",
      { rule: { type: "bands", bands: [{ gt: 1, points: 3 }] } },
      'Tiêu chí 1.2: khoảng thứ 1 của "bands" cho 3 điểm, phải từ 0 đến 2 (điểm tối đa)',
    ],
    [
      "empty options",
      { rule: { type: "choice", options: {} } },
      'Tiêu chí 1.2: quy tắc "choice" phải có ít nhất một lựa chọn trong "options"',
    ],
    [
      "option above max",
      { rule: { type: "choice", options: { a: 2.5 } } },
      'Tiêu chí 1.2: lựa chọn "a" cho 2.5 điểm, phải từ 0 đến 2 (điểm tối đa)',
    ],
    [
      "negative option",
      { rule: { type: "choice", options: { a: -1 } } },
      'Tiêu chí 1.2: lựa chọn "a" cho -1 điểm, phải từ 0 đến 2 (điểm tối đa)',
    ],
    [
      "option not a number",
      { rule: { type: "choice", options: { a: "1" } } },
      'Tiêu chí 1.2: "a" phải là số',
    ],
    ["threshold 0", { rule: { type: "linear", threshold: 0 } }, 'Tiêu chí 1.2: "threshold" phải lớn hơn 0'],
    ["perOccurrence missing", { rule: { type: "deduction" } }, 'Tiêu chí 1.2: thiếu "perOccurrence"'],
    [
      "perOccurrence negative",
      { rule: { type: "deduction", perOccurrence: -1 } },
      'Tiêu chí 1.2: "perOccurrence" phải lớn hơn 0',
    ],
    [
      "unknown rule type",
      { rule: { type: "formula" } },
      'Tiêu chí 1.2: "type" phải là một trong: manual, boolean, choice, bands, linear, deduction, survey',
    ],
    ["max 0", { max: 0 }, 'Tiêu chí 1.2: "max" phải lớn hơn 0'],
    ["max as text", { max: "2" }, 'Tiêu chí 1.2: "max" phải là số'],
    [
      "no rule",
      { rule: undefined },
      'Tiêu chí 1.2: thiếu quy tắc chấm điểm "rule" (hoặc danh sách tiêu chí con "children")',
    ],
    [
      "no max",
      { max: undefined },
      'Tiêu chí 1.2: thiếu điểm tối đa "max" (hoặc danh sách tiêu chí con "children")',
    ],
    [
      "children and a rule",
      { children: [{ code: "1.2.1", name: "x", max: 1, rule: { type: "manual" } }] },
      'Tiêu chí 1.2: đã có tiêu chí con thì không được có "max" hay "rule"',
    ],
    [
      "unknown unit type",
      { appliesTo: ["SO", "TINH"] },
      'Tiêu chí 1.2: "appliesTo[1]" phải là một trong: SO, HUYEN, XA, NGANH_DOC, DVSN',
    ],
    ["duplicate code", { code: "1.1" }, 'Tiêu chí 1.1: mã "1.1" bị trùng (đã dùng ở fields[0].children[0])'],
    ["bonus not boolean", { bonus: "yes" }, 'Tiêu chí 1.2: "bonus" phải là true hoặc false'],
  ])("%s", (_, patch, message) => {
    const errors = errorsOf(withLeaf12(patch));
    expect(errors.map((e) => e.message).join("\n")).toContain(message);
    expect(errors.every((e) => e.path.startsWith("fields[0].children[1]"))).toBe(true);
    // every error about 1.2 carries its code, except the duplicate whose code is 1.1 itself
    expect(errors.every((e) => e.code === (patch.code ?? "1.2"))).toBe(true);
  });

  it("lists every error at once", () => {
    const json = withLeaf12({ max: 0, rule: { type: "linear", threshold: -1 }, appliesTo: ["X"] });
    expect(errorsOf(json)).toHaveLength(3);
  });

  it("names a node without a code by its position", () => {
    const errors = errorsOf(withLeaf12({ code: undefined }));
    expect(errors[0]!.message).toBe('Tiêu chí tại fields[0].children[1] (chưa có mã): thiếu "code"');
    expect(errors[0]!.code).toBeUndefined();
  });

  it("names fields as 'Lĩnh vực'", () => {
    const json = { ...example, fields: [{ code: "1", name: "x", children: [] }] };
    expect(errorsOf(json)[0]!.message).toBe('Lĩnh vực 1: "children" phải có ít nhất một tiêu chí con');
  });

  it.each<[string, unknown, string]>([
    [
      "no band from 0",
      [
        { label: "Tốt", min: 80 },
        { label: "Khá", min: 50 },
      ],
      "Xếp loại: phải có một mức xếp loại có min = 0",
    ],
    [
      "equal mins",
      [
        { label: "Tốt", min: 80 },
        { label: "Khá", min: 80 },
        { label: "Yếu", min: 0 },
      ],
      "Xếp loại: mức thứ 2 trùng min = 80 với mức thứ 1",
    ],
    [
      "min above 100",
      [
        { label: "A", min: 120 },
        { label: "B", min: 0 },
      ],
      'Mức xếp loại thứ 1: "min" phải ≤ 100',
    ],
    ["no bands", [], "Bộ tiêu chí: phải có ít nhất một mức xếp loại"],
  ])("classification: %s", (_, classification, message) => {
    expect(errorsOf({ ...example, classification }).map((e) => e.message)).toContain(message);
  });

  it.each<[unknown, string]>([
    [null, "Bộ tiêu chí: giá trị phải là đối tượng"],
    [{ ...example, year: "2023" }, 'Bộ tiêu chí: "year" phải là số'],
    [{ ...example, fields: [] }, "Bộ tiêu chí: phải có ít nhất một lĩnh vực"],
    [{ ...example, name: undefined }, 'Bộ tiêu chí: thiếu "name"'],
  ])("set level: %j", (json, message) => {
    expect(errorsOf(json).map((e) => e.message)).toContain(message);
  });
});
