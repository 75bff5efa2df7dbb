// The action and route wrappers on their own (issues 15, 18): 401 without a user, 403 with an audit
// entry (also for a service's refusal), 422 with field errors, domain errors by status.
import { vi, describe, expect, it, beforeEach } from "vitest";
import { z } from "zod";

const state = vi.hoisted(() => ({ user: null as null | Record<string, unknown>, audits: [] as unknown[][] }));
vi.mock("server-only", () => ({}));
vi.mock("./session", () => ({
  currentUser: async () => state.user,
  auditForbidden: async (...args: unknown[]) => {
    state.audits.push(args);
  },
}));

const { authedAction } = await import("./action");
const { authedRoute } = await import("./route");
const { ForbiddenError, NotFoundError } = await import("../errors");

const staff = {
  id: 7,
  role: "UNIT_STAFF",
  unitId: 20,
  username: "cb",
  name: "Cán bộ",
  unitName: null,
  unitCode: null,
  inheritedUnitIds: [],
};
const post = (body: unknown, headers: Record<string, string> = { "content-type": "application/json" }) =>
  new Request("http://localhost/api/x", { method: "POST", headers, body: JSON.stringify(body) });

beforeEach(() => {
  state.user = staff;
  state.audits = [];
});

describe("authedAction", () => {
  const action = authedAction(
    "remediation:write",
    z.object({ unitId: z.number(), note: z.string().min(3, "Ít nhất 3 ký tự") }),
    async (input) => {
      if (input.unitId === 99) throw new ForbiddenError("Không phải đơn vị của bạn", 99);
      if (input.unitId === 404) throw new NotFoundError();
      return { saved: true };
    },
    { unitOf: (i) => (i.unitId === 21 ? 21 : 20) },
  );

  it("answers 401 without a user", async () => {
    state.user = null;
    expect(await action({ unitId: 20, note: "abc" })).toMatchObject({ ok: false, status: 401 });
  });
  it("answers 403 and audits for a role without the permission, and for another unit", async () => {
    state.user = { ...staff, role: "VIEWER" };
    expect(await action({ unitId: 20, note: "abc" })).toMatchObject({ ok: false, status: 403 });
    state.user = staff;
    expect(await action({ unitId: 21, note: "abc" })).toMatchObject({ ok: false, status: 403 });
    expect(state.audits.map((a) => a[3])).toEqual([undefined, 21]);
  });
  it("audits a service's refusal once, with its unit", async () => {
    expect(await action({ unitId: 99, note: "abc" })).toMatchObject({
      ok: false,
      status: 403,
      error: "Không phải đơn vị của bạn",
    });
    expect(state.audits).toEqual([[staff, "remediation:write", "action:remediation:write", 99]]);
  });
  it("gives field errors (422) and domain errors by status", async () => {
    expect(await action({ unitId: 20, note: "a" })).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { note: ["Ít nhất 3 ký tự"] },
    });
    expect(await action({ unitId: 404, note: "abc" })).toMatchObject({ ok: false, status: 404 });
    expect(await action({ unitId: 20, note: "abc" })).toEqual({ ok: true, data: { saved: true } });
  });
});

describe("authedRoute", () => {
  const route = authedRoute("remediation:write", async (req) => {
    const body = (await req.json()) as { unitId: number };
    if (body.unitId === 99) throw new ForbiddenError("Không phải đơn vị của bạn", 99);
    return Response.json({ ok: true });
  });
  it("answers 401, 403 (audited, also a service's refusal) and refuses a cross-site post before anything", async () => {
    state.user = null;
    expect((await route(post({ unitId: 20 }), {})).status).toBe(401);
    state.user = staff;
    expect((await route(post({ unitId: 99 }), {})).status).toBe(403);
    expect(state.audits).toEqual([[staff, "remediation:write", "route:/api/x", 99]]);
    expect(
      (
        await route(
          post({ unitId: 20 }, { "content-type": "text/plain", origin: "https://evil.example" }),
          {},
        )
      ).status,
    ).toBe(403);
    expect((await route(post({ unitId: 20 }), {})).status).toBe(200);
  });
});
