import "server-only";
// POST /api/v1/cases: the same validation and idempotency as the file import, all or nothing.
import { authenticateApiToken } from "./api-tokens";
import { bearerToken } from "./token";
import { importCases } from "../cases/import-cases";
import { jsonRows } from "../cases/case-source";

import { MAX_BODY_BYTES, MAX_CASES_PER_REQUEST, overRate, readBounded } from "./limits";

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });

export async function postCases(req: Request): Promise<Response> {
  const caller = await authenticateApiToken(bearerToken(req.headers.get("authorization")));
  if (!caller)
    return json(
      { error: "Thiếu hoặc sai mã truy cập (Authorization: Bearer <mã>), hoặc mã đã bị thu hồi" },
      401,
      { "www-authenticate": 'Bearer realm="cchc"' },
    );
  if (overRate(caller.tokenId))
    return json({ error: "Quá nhiều yêu cầu từ mã truy cập này: hãy gửi lại sau một phút" }, 429, {
      "retry-after": "60",
    });
  const text = await readBounded(req, MAX_BODY_BYTES);
  if (text === null)
    return json(
      {
        error: `Nội dung quá ${MAX_BODY_BYTES / 1024 / 1024} MB: hãy chia thành nhiều lần gửi (tối đa ${MAX_CASES_PER_REQUEST} hồ sơ mỗi lần)`,
      },
      413,
    );
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return json({ error: "Nội dung yêu cầu không phải JSON hợp lệ" }, 400);
  }
  if (!Array.isArray(body)) return json({ error: "Nội dung yêu cầu phải là một mảng JSON các hồ sơ" }, 400);
  if (body.length === 0) return json({ error: "Mảng hồ sơ trống" }, 400);
  if (body.length > MAX_CASES_PER_REQUEST)
    return json({ error: `Tối đa ${MAX_CASES_PER_REQUEST} hồ sơ mỗi yêu cầu (nhận ${body.length})` }, 413);
  const result = await importCases(jsonRows(body), {
    onlyUnit: caller.unit,
    audit: {
      actor: null,
      unitId: caller.unit?.id ?? null,
      via: "api",
      details: { tokenId: caller.tokenId, token: caller.name },
    },
  });
  if (!result.ok) return json({ ok: false, errors: result.errors }, 422);
  return json(
    {
      ok: true,
      rows: result.rows,
      inserted: result.inserted,
      updated: result.updated,
      unchanged: result.unchanged,
    },
    200,
  );
}
