// Finding 13 of issue 18: behind an https address the session cookie is Secure (and __Secure- named).
import { vi, describe, expect, it } from "vitest";

vi.hoisted(() => {
  process.env.NEXTAUTH_URL = "https://cchc.example.gov.vn";
});
const { authOptions } = await import("./options");

describe("session cookie behind https", () => {
  it("is sent with the Secure flag when the public address is https", () => {
    expect(authOptions.useSecureCookies).toBe(true);
  });
});
