import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { makeUnit, makeUser } from "./factories";
import { issueApiToken, revokeApiToken } from "../../lib/api-tokens/api-tokens";
import { postCases } from "../../lib/api-tokens/cases-endpoint";
import { openApiDocument } from "../../lib/api-tokens/openapi";

const post = (body: unknown, token?: string) =>
  postCases(
    new Request("http://localhost/api/v1/cases", {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    }),
  );

const item = (code: string, unit: string, over: Record<string, unknown> = {}) => ({
  ma_ho_so: code,
  ma_don_vi: unit,
  kenh: 2,
  ngay_tiep_nhan: "2024-03-01",
  ngay_hen_tra: "2024-03-10",
  ngay_ket_thuc_xu_ly: "2024-03-08",
  ...over,
});

describe("POST /api/v1/cases", () => {
  it("accepts a batch with a valid token, idempotently; refuses without one or once revoked", async () => {
    await makeUnit({ code: "SO_API" });
    const admin = await makeUser("ADMIN");
    const { id, token } = await issueApiToken({ name: "Một cửa tỉnh", unitId: null }, admin);
    const stored = await db().apiToken.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(token.startsWith(stored.prefix)).toBe(true);

    const batch = [
      item("A1", "SO_API"),
      item("A2", "SO_API", { kenh: "trực tiếp", ngay_ket_thuc_xu_ly: null }),
    ];
    expect((await post(batch)).status).toBe(401);
    expect((await post(batch, "cchc_sai")).status).toBe(401);
    const ok = await post(batch, token);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ok: true, rows: 2, inserted: 2, updated: 0, unchanged: 0 });
    expect(await (await post(batch, token)).json()).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    expect((await db().apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();

    await revokeApiToken(id, admin);
    expect((await post(batch, token)).status).toBe(401);
  });

  it("writes nothing when one element is bad, naming it by array index + 1", async () => {
    const admin = await makeUser("ADMIN");
    const { token } = await issueApiToken({ name: "Một cửa", unitId: null }, admin);
    const before = await db().caseRecord.count();
    const res = await post(
      [item("B1", "SO_API"), item("B2", "SO_API", { ngay_hen_tra: "2024-02-01" })],
      token,
    );
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      ok: false,
      errors: [{ row: 2, column: "ngay_hen_tra", message: "ngày hẹn trả trước ngày tiếp nhận" }],
    });
    expect(await db().caseRecord.count()).toBe(before);
    expect((await post({ not: "an array" }, token)).status).toBe(400);
    expect(
      (
        await post(
          Array.from({ length: 10_001 }, (_, i) => item(`C${i}`, "SO_API")),
          token,
        )
      ).status,
    ).toBe(413);
  });

  it("keeps a unit-limited token to its unit", async () => {
    const other = await makeUnit({ code: "XA_API", level: "xa", type: "XA" });
    const so = await db().unit.findUniqueOrThrow({ where: { code: "SO_API" } });
    const admin = await makeUser("ADMIN");
    const { token } = await issueApiToken({ name: "Một cửa sở", unitId: so.id }, admin);
    const res = await post([item("D1", "SO_API"), item("D2", other.code)], token);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ errors: [{ row: 2, column: "ma_don_vi" }] });
    expect((await post([item("D1", "SO_API")], token)).status).toBe(200);
  });

  it("does not let a unit's token move or overwrite another unit's case that has the same code (issue 18, finding 1)", async () => {
    const a = await makeUnit({ code: "SO_OWN_A" });
    const b = await makeUnit({ code: "SO_OWN_B" });
    const admin = await makeUser("ADMIN");
    const { token: tokenB } = await issueApiToken({ name: "Một cửa B", unitId: b.id }, admin);
    const { token: tokenA } = await issueApiToken({ name: "Một cửa A", unitId: a.id }, admin);
    expect((await post([item("OWN1", "SO_OWN_B")], tokenB)).status).toBe(200);
    const before = await db().caseRecord.findUniqueOrThrow({ where: { code: "OWN1" } });

    const res = await post(
      [item("OWN2", "SO_OWN_A"), item("OWN1", "SO_OWN_A", { kenh: 1, ngay_ket_thuc_xu_ly: "2024-03-20" })],
      tokenA,
    );
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body).toMatchObject({ ok: false, errors: [{ row: 2, column: "ma_ho_so" }] });
    expect(JSON.stringify(body)).not.toContain("SO_OWN_B");
    expect(await db().caseRecord.findUniqueOrThrow({ where: { code: "OWN1" } })).toEqual(before);
    expect(await db().caseRecord.findUnique({ where: { code: "OWN2" } })).toBeNull();
  });

  it("names every case a province-wide import moves to another unit in the audit entry", async () => {
    await makeUnit({ code: "SO_MV_A" });
    await makeUnit({ code: "SO_MV_B" });
    const admin = await makeUser("ADMIN");
    const { token } = await issueApiToken({ name: "Một cửa tỉnh", unitId: null }, admin);
    expect((await post([item("MV1", "SO_MV_B"), item("MV2", "SO_MV_B")], token)).status).toBe(200);
    expect(await (await post([item("MV1", "SO_MV_A"), item("MV2", "SO_MV_B")], token)).json()).toMatchObject({
      ok: true,
      updated: 1,
    });
    const entry = await db().auditLog.findFirstOrThrow({
      where: { entity: "CaseRecord", action: "import" },
      orderBy: { id: "desc" },
    });
    expect(entry.newValue).toMatchObject({
      updated: 1,
      movedCount: 1,
      moved: [{ code: "MV1", from: "SO_MV_B", to: "SO_MV_A" }],
    });
  });

  it("refuses a body over the limit without reading it whole, and too many calls per minute (issue 18, finding 14)", async () => {
    const admin = await makeUser("ADMIN");
    const { token } = await issueApiToken({ name: "Một cửa lớn", unitId: null }, admin);
    const big = new Request("http://localhost/api/v1/cases", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${token}`,
        "content-length": String(60 * 1024 * 1024),
      },
      body: "[]",
    });
    expect((await postCases(big)).status).toBe(413);
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(1024 * 1024).fill(32));
      },
    });
    const chunked = new Request("http://localhost/api/v1/cases", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: endless,
      duplex: "half",
    } as RequestInit);
    expect((await postCases(chunked)).status).toBe(413);
    expect(pulled).toBeLessThan(12);
    const { overRate } = await import("../../lib/api-tokens/limits");
    const results = Array.from({ length: 61 }, (_, i) => overRate(999_999, 1_000_000 + i));
    expect(results.indexOf(true)).toBe(60);
    expect(overRate(999_999, 1_000_000 + 61_000)).toBe(false);
  });

  it("describes itself in OpenAPI 3", () => {
    const doc = openApiDocument();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths["/api/v1/cases"].post.security).toEqual([{ bearer: [] }]);
  });
});
