import { describe, expect, it } from "vitest";
import { authOptions, LOGIN_BLOCKED } from "../../lib/auth/options";
import { MAX_FAILURES_PER_USER } from "../../lib/auth/rate-limit";
import { db } from "../../lib/db/client";
import { makeUnit, makeUser } from "./factories";

type Authorize = (raw: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
const req = { headers: { "x-forwarded-for": "10.0.0.7" } };

describe("sign-in", () => {
  it("signs in with the right password and carries role and unit", async () => {
    const unit = await makeUnit();
    await makeUser("UNIT_STAFF", unit.id, "nv.dung");
    const user = await authorize({ username: "nv.dung", password: "matkhau123" }, req);
    expect(user).toMatchObject({ role: "UNIT_STAFF", unitId: unit.id });
  });

  it("refuses a wrong password and an inactive account", async () => {
    expect(await authorize({ username: "nv.dung", password: "sai" }, req)).toBeNull();
    const u = await makeUser("VIEWER", null, "nv.khoa");
    await db().user.update({ where: { id: u.id }, data: { active: false } });
    expect(await authorize({ username: "nv.khoa", password: "matkhau123" }, req)).toBeNull();
  });

  it("blocks a user name after repeated failures, even with the right password", async () => {
    await makeUser("VIEWER", null, "nv.lam");
    for (let i = 0; i < MAX_FAILURES_PER_USER; i++) {
      expect(await authorize({ username: "nv.lam", password: `sai-${i}` }, req)).toBeNull();
    }
    await expect(authorize({ username: "nv.lam", password: "matkhau123" }, req)).rejects.toThrow(LOGIN_BLOCKED);
  });

  it("never returns the password hash from ordinary queries", async () => {
    const u = await db().user.findFirstOrThrow();
    expect(u).not.toHaveProperty("passwordHash");
  });
});
