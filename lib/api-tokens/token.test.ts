import { describe, expect, it } from "vitest";
import { bearerToken, hashToken, newToken } from "./token";

describe("API tokens", () => {
  it("stores only a hash and a prefix", () => {
    const t = newToken();
    expect(t.token).toMatch(/^cchc_[A-Za-z0-9_-]{43}$/);
    expect(t.hash).toBe(hashToken(t.token));
    expect(t.hash).toHaveLength(64);
    expect(t.token.startsWith(t.prefix)).toBe(true);
    expect(newToken().token).not.toBe(t.token);
  });
  it.each([
    ["Bearer abc", "abc"],
    ["bearer  abc ", "abc"],
    ["Basic abc", null],
    ["", null],
    [null, null],
    ["Bearer", null],
  ])("%j → %j", (h, t) => {
    expect(bearerToken(h)).toBe(t);
  });
});
