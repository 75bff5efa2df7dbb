import { describe, expect, it } from "vitest";
import { dbId, pageNumber, parseId } from "./ids";

describe("ids from URLs and forms", () => {
  it.each([
    ["12", 12],
    ["2147483647", 2147483647],
    ["2147483648", null],
    ["1e300", null],
    ["Infinity", null],
    ["NaN", null],
    ["-3", null],
    ["0", null],
    ["1.5", null],
    [undefined, null],
  ])("parseId(%s) = %s", (text, expected) => expect(parseId(text)).toBe(expected));
  it("pages are small positive integers", () => {
    expect([pageNumber("Infinity"), pageNumber("3"), pageNumber("999999999")]).toEqual([1, 3, 100_000]);
  });
  it("refuses an id beyond PostgreSQL's integer in a schema", () => {
    expect(dbId().safeParse("2147483648").success).toBe(false);
    expect(dbId().safeParse("42").data).toBe(42);
  });
});
