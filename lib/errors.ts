// Errors the user can act on; actions and routes turn them into messages and status codes.
export class DomainError extends Error {
  constructor(
    message: string,
    public status: 400 | 403 | 404 | 409 | 413 | 422 | 503 = 422,
    public fieldErrors?: Record<string, string[] | undefined>,
  ) {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  constructor(message = "Không tìm thấy dữ liệu") {
    super(message, 404);
  }
}

/** A refusal that names the form field it is about, so the form shows it beside that field. */
export const fieldError = (field: string, message: string, status: 409 | 413 | 422 = 422) =>
  new DomainError(message, status, { [field]: [message] });

/** Someone else saved first (optimistic locking). */
/**
 * A refusal beyond the rules, thrown by any service. The action and route wrappers record it in
 * the audit log (unless the thrower did already), so every refused attempt is audited in one place.
 */
export class ForbiddenError extends DomainError {
  constructor(
    message: string,
    public unitId: number | null = null,
    public audited = false,
  ) {
    super(message, 403);
  }
}

/** Input that fails its schema: 422 with the messages per field, the first one as the message. */
export class InvalidInputError extends DomainError {
  constructor(fieldErrors: Record<string, string[] | undefined>, message?: string) {
    super(message ?? Object.values(fieldErrors).flat()[0] ?? "Dữ liệu chưa hợp lệ", 422, fieldErrors);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super(message, 409);
  }
}

/**
 * The error as one the user can act on, or null. Besides our own errors: a write that lost a race
 * to a unique key (Prisma P2002, e.g. two people creating the same code at once) is a conflict, and
 * a record deleted meanwhile (P2025) is not found, rather than a server error.
 */
export function asDomainError(e: unknown): DomainError | null {
  if (e instanceof DomainError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  const prisma = typeof (e as { clientVersion?: unknown } | null)?.clientVersion === "string";
  if (prisma && code === "P2002")
    return new ConflictError(
      "Dữ liệu trùng với một bản ghi vừa được tạo (có thể do người khác cùng lúc). Vui lòng tải lại trang và kiểm tra.",
    );
  if (prisma && code === "P2025")
    return new NotFoundError("Dữ liệu không còn (có thể vừa bị người khác xoá). Vui lòng tải lại trang.");
  // What PostgreSQL refuses in a value, said in words rather than its own English (issue 18, finding 11)
  const text = errorText(e);
  if (/invalid byte sequence for encoding "UTF8": 0x00|unsupported Unicode escape sequence/.test(text)) {
    return new DomainError(
      "Nội dung có ký tự không hợp lệ (ký tự NUL, mã 0): hãy xoá ký tự đó rồi gửi lại.",
      422,
    );
  }
  if (
    /out of range for type (integer|smallint|bigint)|value too large|Unable to fit integer value/i.test(text)
  )
    return new NotFoundError("Không tìm thấy dữ liệu (mã không hợp lệ).");
  return null;
}

/** The error's message and its causes' (driver errors are wrapped by Prisma's adapter). */
function errorText(e: unknown, depth = 0): string {
  if (!e || typeof e !== "object" || depth > 3) return "";
  const o = e as { message?: unknown; cause?: unknown; meta?: unknown };
  return `${typeof o.message === "string" ? o.message : ""} ${o.meta ? JSON.stringify(o.meta) : ""} ${errorText(o.cause, depth + 1)}`;
}
