// Errors the user can act on; actions and routes turn them into messages and status codes.
export class DomainError extends Error {
  constructor(
    message: string,
    public status: 400 | 403 | 404 | 409 | 422 = 422,
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

/** Someone else saved first (optimistic locking). */
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
  if (prisma && code === "P2002") return new ConflictError("Dữ liệu trùng với một bản ghi vừa được tạo (có thể do người khác cùng lúc). Vui lòng tải lại trang và kiểm tra.");
  if (prisma && code === "P2025") return new NotFoundError("Dữ liệu không còn (có thể vừa bị người khác xoá). Vui lòng tải lại trang.");
  return null;
}
