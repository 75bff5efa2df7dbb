import { expect, it } from "vitest";
import { issuerOf } from "./issuer";

it("prints the province's committee in capitals and the place for the date line", () => {
  expect(issuerOf("tỉnh Sông Lam")).toEqual({
    authority: "UBND TỈNH SÔNG LAM",
    place: "Sông Lam",
    province: "tỉnh Sông Lam",
  });
  expect(issuerOf("Sơn La")).toEqual({
    authority: "UBND TỈNH SƠN LA",
    place: "Sơn La",
    province: "tỉnh Sơn La",
  });
  expect(issuerOf("  thành phố   Hà Nội ")).toEqual({
    authority: "UBND THÀNH PHỐ HÀ NỘI",
    place: "Hà Nội",
    province: "thành phố Hà Nội",
  });
  expect(issuerOf("TP. Đà Nẵng")).toEqual({
    authority: "UBND THÀNH PHỐ ĐÀ NẴNG",
    place: "Đà Nẵng",
    province: "thành phố Đà Nẵng",
  });
});

it("leaves the name blank when the deployment does not set it", () => {
  expect(issuerOf(undefined)).toEqual({ authority: "UBND TỈNH …", place: "…", province: null });
  expect(issuerOf(" ")).toEqual({ authority: "UBND TỈNH …", place: "…", province: null });
});
