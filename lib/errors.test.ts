import { describe, expect, it } from "vitest";
import { asDomainError, ConflictError, DomainError, NotFoundError } from "./errors";

it("keeps our errors and turns lost unique-key races and vanished records into conflicts and not-found", () => {
  const own = new DomainError("x", 422);
  expect(asDomainError(own)).toBe(own);
  expect(
    asDomainError(
      Object.assign(new Error("Unique constraint failed"), { code: "P2002", clientVersion: "6.19.3" }),
    ),
  ).toBeInstanceOf(ConflictError);
  expect(
    asDomainError(
      Object.assign(new Error("Record to update not found"), { code: "P2025", clientVersion: "6.19.3" }),
    ),
  ).toBeInstanceOf(NotFoundError);
});

it("leaves every other failure a server error", () => {
  expect(asDomainError(new Error("boom"))).toBeNull();
  expect(
    asDomainError(Object.assign(new Error("fk"), { code: "P2003", clientVersion: "6.19.3" })),
  ).toBeNull();
  expect(asDomainError(Object.assign(new Error("pg"), { code: "P2002" }))).toBeNull();
  expect(asDomainError(null)).toBeNull();
});

describe("database refusals in words (issue 18, findings 10, 11)", () => {
  it("turns a NUL byte and an id out of range into Vietnamese answers", () => {
    const nul = asDomainError(
      Object.assign(new Error("x"), { cause: new Error('invalid byte sequence for encoding "UTF8": 0x00') }),
    );
    expect([nul?.status, nul?.message]).toEqual([
      422,
      "Nội dung có ký tự không hợp lệ (ký tự NUL, mã 0): hãy xoá ký tự đó rồi gửi lại.",
    ]);
    expect(asDomainError(new Error('value "99999999999" is out of range for type integer'))?.status).toBe(
      404,
    );
    expect(asDomainError(new Error("something else"))).toBeNull();
  });
});
