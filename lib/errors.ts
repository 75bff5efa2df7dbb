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
