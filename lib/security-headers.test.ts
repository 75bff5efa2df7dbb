import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, fixedSecurityHeaders } from "./security-headers";

describe("security headers", () => {
  it("allows scripts only with the request's nonce and forbids framing", () => {
    const csp = contentSecurityPolicy("abc");
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
  });
  it("sends HSTS only behind https", () => {
    expect(fixedSecurityHeaders(false).map((h) => h.key)).not.toContain("Strict-Transport-Security");
    expect(fixedSecurityHeaders(true).map((h) => h.key)).toContain("Strict-Transport-Security");
    expect(fixedSecurityHeaders(false)).toContainEqual({ key: "X-Frame-Options", value: "DENY" });
  });
});
