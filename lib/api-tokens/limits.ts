export const MAX_CASES_PER_REQUEST = 10_000;
/** 10,000 cases of about 400 bytes each, with room: a body beyond this is refused unread */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** requests per token per minute (a one-stop-shop system sends batches, not a stream of calls) */
export const REQUESTS_PER_MINUTE = 60;

/**
 * The request body as text, refused (null) once it passes `max` bytes, whatever the Content-Length
 * says: a 60 MB body is not read into memory to be refused afterwards (issue 18, finding 14).
 */
export async function readBounded(req: Request, max: number): Promise<string | null> {
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > max) return null;
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** A sliding one-minute window of calls per token, in this process. */
const calls = new Map<number, number[]>();
export function overRate(tokenId: number, now = Date.now(), limit = REQUESTS_PER_MINUTE): boolean {
  const recent = (calls.get(tokenId) ?? []).filter((t) => now - t < 60_000);
  recent.push(now);
  calls.set(tokenId, recent);
  return recent.length > limit;
}
