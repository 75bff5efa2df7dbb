import { expect, test } from "@playwright/test";
import { storageState, type AccountKey } from "./accounts";

// One forbidden page and one forbidden action per role boundary, refused by the server
// (direct requests with the role's session, not clicks on hidden buttons).
const NOT_ADMIN: AccountKey[] = ["head", "staff", "inspector", "viewer"];

for (const key of NOT_ADMIN) {
  test.describe(`${key} beyond the rules`, () => {
    test.use({ storageState: storageState(key) });

    test("the user administration page answers 403", async ({ page }) => {
      const res = await page.goto("/quan-tri");
      expect(res?.status()).toBe(403);
      await expect(page.getByText("Bạn không có quyền truy cập trang này")).toBeVisible();
    });

    test("creating a user through the API answers 403", async ({ page }) => {
      const res = await page.request.post("/api/admin/users", {
        data: {
          username: `hacker.${key}`,
          name: "Kẻ lạ",
          role: "ADMIN",
          unitId: null,
          password: "12345678x",
        },
      });
      expect(res.status()).toBe(403);
    });
  });
}

test.describe("a unit head and another unit", () => {
  test.use({ storageState: storageState("head") });
  test("cannot open another unit's page", async ({ page }) => {
    const res = await page.goto("/don-vi/SO_TP");
    expect(res?.status()).toBe(403);
  });
  test("can open their own unit's page", async ({ page }) => {
    const res = await page.goto("/don-vi/SO_KHCN");
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "Sở Khoa học và Công nghệ" })).toBeVisible();
  });
});

test("without a session the API answers 401 and pages lead to sign-in", async ({ page }) => {
  const res = await page.request.post("/api/admin/users", { data: {} });
  expect(res.status()).toBe(401);
  await page.goto("/quan-tri");
  await expect(page).toHaveURL(/\/dang-nhap/);
});

test.describe("admin", () => {
  test.use({ storageState: storageState("admin") });
  test("creates a user through the API, and a bad one is refused with the field named", async ({ page }) => {
    const bad = await page.request.post("/api/admin/users", {
      data: { username: "x", name: "", role: "UNIT_STAFF", unitId: null, password: "1" },
    });
    expect(bad.status()).toBe(422);
    const body = await bad.json();
    expect(Object.keys(body.fieldErrors)).toEqual(expect.arrayContaining(["username", "name", "password"]));
    const ok = await page.request.post("/api/admin/users", {
      data: {
        username: "moi.canbo",
        name: "Cán bộ mới",
        role: "VIEWER",
        unitId: null,
        password: "matkhau-moi-1",
      },
    });
    expect(ok.status()).toBe(201);
  });

  test("a cross-site form posting JSON as text/plain while the admin is signed in creates nothing (issue 18, finding 2)", async ({
    page,
  }) => {
    const forged =
      '{"username":"ke.gia.mao","name":"Kẻ giả mạo","role":"ADMIN","unitId":null,"password":"matkhau-gia-mao-1","x":"=1"}';
    const csrf = await page.request.post("/api/admin/users", {
      headers: { origin: "https://evil.example", "content-type": "text/plain" },
      data: forged,
    });
    expect(csrf.status()).toBe(403);
    const foreign = await page.request.post("/api/assessment/values", {
      headers: { origin: "https://evil.example", "content-type": "application/json" },
      data: { roundId: 1, unitId: 1, items: [] },
    });
    expect(foreign.status()).toBe(403);
    // the same body as text/plain from the app's own origin is refused too: JSON routes take JSON only
    expect(
      (
        await page.request.post("/api/admin/users", {
          headers: { "content-type": "text/plain" },
          data: forged,
        })
      ).status(),
    ).toBe(415);
    await page.goto("/quan-tri");
    await expect(page.getByText("ke.gia.mao")).toHaveCount(0);
  });
});
