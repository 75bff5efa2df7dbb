import { describe, expect, it } from "vitest";
import { passwordProblem, USERNAME } from "./password-policy";

describe("password policy", () => {
  it.each([
    ["password", "VIEWER", /ít nhất 10 ký tự/],
    ["12345678", "UNIT_STAFF", /ít nhất 10 ký tự/],
    ["1234567890", "UNIT_STAFF", /quá phổ biến/],
    ["Password123", "VIEWER", /quá phổ biến/],
    ["nv.lan-2026-x", "VIEWER", /tên đăng nhập/],
    ["aaaaaaaaaaab", "VIEWER", /4 ký tự khác nhau/],
    ["Sở-Nội-vụ-2026", "ADMIN", null],
    ["Mua thu 2026!", "ADMIN", null],
    ["Ngắn-2026-a", "ADMIN", /ít nhất 12 ký tự đối với tài khoản quản trị/],
    ["đ".repeat(37), "VIEWER", /72 byte/],
  ])("%s for %s", (password, role, expected) => {
    const problem = passwordProblem(password, { username: "nv.lan", role });
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it("allows only plain user names", () => {
    expect(USERNAME.test("nguyen.van-an_2")).toBe(true);
    expect(USERNAME.test("Bad User<script>")).toBe(false);
  });
});
