// The action and route wrappers on their own (issues 15, 18): 401 without a user, 403 with an audit
// entry (also for a service's refusal), 422 with field errors, domain errors by status.
import { vi, describe, expect, it, beforeEach } from "vitest";
import { z } from "zod";

const state = vi.hoisted(() => ({ user: null as null | Record<string, unknown>, audits: [] as unknown[][] }));
vi.mock("server-only", () => ({}));
vi.mock("./session", () => ({ currentUser: async () => state.user }));
vi.mock("./forbidden", () => ({
  auditForbidden: async (...args: unknown[]) => {
    state.audits.push(args);
  },
}));

const { authedAction } = await import("./action");
const { authedRoute } = await import("./route");
const { ConflictError, ForbiddenError, NotFoundError } = await import("../errors");
const { idParams } = await import("../ids");
const { uploadedFile } = await import("../files/upload");

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

describe("authedRoute with { params, body } schemas: one status per kind of error", () => {
  const route = authedRoute(
    "remediation:write",
    {
      params: idParams,
      body: z.object({ note: z.string().min(3, "Ít nhất 3 ký tự"), unitId: z.coerce.number() }),
      notFound: "Không tìm thấy mục",
    },
    async (_req, _user, { params, body, form }) => {
      if (body.unitId === 99) throw new ForbiddenError("Không phải đơn vị của bạn", 99);
      if (body.unitId === 409) throw new ConflictError("Người khác vừa lưu");
      if (body.unitId === 2002)
        throw Object.assign(new Error("Unique constraint"), { code: "P2002", clientVersion: "7" });
      const file = uploadedFile(form, {
        label: "tệp CSV",
        extensions: [".csv"],
        maxBytes: 10,
        optional: true,
      });
      return Response.json({ id: params.id, note: body.note, file: file?.name ?? null });
    },
  );
  const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
  const multipart = (fields: Record<string, string | File>) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    return new Request("http://localhost/api/x", { method: "POST", body: form });
  };

  it("hands the handler its parsed params and body", async () => {
    const res = await route(post({ note: "đã sửa", unitId: "20" }), ctx("12"));
    expect(await res.json()).toEqual({ id: 12, note: "đã sửa", file: null });
  });
  it("answers 404 for an id that names nothing, before reading the body", async () => {
    for (const id of ["abc", "0", "1e3", "99999999999"]) {
      const res = await route(post({ note: "x" }), ctx(id));
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: "Không tìm thấy mục" });
    }
  });
  it("answers 422 with field errors for a body that fails its schema or is not JSON", async () => {
    const bad = await route(post({ note: "a", unitId: 20 }), ctx("1"));
    expect(bad.status).toBe(422);
    expect(await bad.json()).toEqual({
      error: "Ít nhất 3 ký tự",
      fieldErrors: { note: ["Ít nhất 3 ký tự"] },
    });
    const broken = new Request("http://localhost/api/x", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{",
    });
    expect((await route(broken, ctx("1"))).status).toBe(422);
  });
  it("reads a multipart body's fields through the schema and its file through uploadedFile (422 wrong kind, 413 too large)", async () => {
    const ok = await route(
      multipart({ note: "kèm tệp", unitId: "20", file: new File(["a,b"], "ds.csv") }),
      ctx("3"),
    );
    expect(await ok.json()).toEqual({ id: 3, note: "kèm tệp", file: "ds.csv" });
    const kind = await route(
      multipart({ note: "kèm tệp", unitId: "20", file: new File(["x"], "ds.exe") }),
      ctx("3"),
    );
    expect(kind.status).toBe(422);
    expect((await kind.json()).fieldErrors.file[0]).toMatch(/^Chỉ nhận tệp \.csv/);
    const big = await route(
      multipart({ note: "kèm tệp", unitId: "20", file: new File(["x".repeat(11)], "a.csv") }),
      ctx("3"),
    );
    expect(big.status).toBe(413);
    expect((await big.json()).fieldErrors.file).toEqual(["Tệp lớn hơn 0 MB"]);
  });
  it("answers 403 (audited) for a service's refusal and 409 for a conflict", async () => {
    expect((await route(post({ note: "abc", unitId: 99 }), ctx("1"))).status).toBe(403);
    expect(state.audits).toEqual([[staff, "remediation:write", "route:/api/x", 99]]);
    expect((await route(post({ note: "abc", unitId: 409 }), ctx("1"))).status).toBe(409);
    // a unique key taken meanwhile by someone else is the same conflict, said in Vietnamese
    const taken = await route(post({ note: "abc", unitId: 2002 }), ctx("1"));
    expect(taken.status).toBe(409);
    expect((await taken.json()).error).toMatch(/^Dữ liệu trùng với một bản ghi vừa được tạo/);
  });
});
