// Numbers that come from a URL or a form and go to the database: ids fit PostgreSQL's integer, page
// numbers are small positive integers. Anything else is "not found" or a field error, never a 500
// (issue 18, finding 10: ids above 2³¹−1, NaN, Infinity, 1e300). Pure.
import { z } from "zod";

export const MAX_ID = 2_147_483_647;

/** A database id from a URL segment or query value, or null (then the page or route answers 404). */
export function parseId(text: unknown): number | null {
  if (typeof text !== "string" && typeof text !== "number") return null;
  const s = String(text).trim();
  if (!/^\d{1,10}$/.test(s)) return null;
  const n = Number(s);
  return n >= 1 && n <= MAX_ID ? n : null;
}

/** A page number of a paged list: 1 when absent or not a small positive integer. */
export function pageNumber(text: unknown, max = 100_000): number {
  const n = parseId(text);
  return n === null ? 1 : Math.min(n, max);
}

/** A database id in a zod schema (forms, JSON bodies). */
export const dbId = (message = "Mã không hợp lệ") =>
  z.coerce.number({ message }).int(message).positive(message).max(MAX_ID, message);

/** A path parameter that is a database id (`{ id: idParam }`); anything else fails (the route answers 404). */
export const idParam = z.string().transform((text, ctx) => {
  const id = parseId(text);
  if (id === null) {
    ctx.addIssue({ code: "custom", message: "Không tìm thấy" });
    return z.NEVER;
  }
  return id;
});

/** The params of a route under `[id]`. */
export const idParams = z.object({ id: idParam });
