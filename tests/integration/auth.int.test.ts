import { vi, describe, expect, it } from "vitest";
// behind one reverse proxy: the client is the last X-Forwarded-For entry (issue 18, finding 4)
vi.hoisted(() => {
  process.env.CCHC_TRUSTED_PROXY_HOPS = "1";
});
import {
  authOptions,
  ABSOLUTE_SESSION_MS,
  LOGIN_BLOCKED,
  endSessions,
  sessionEnded,
} from "../../lib/auth/options";
import { MAX_FAILURES_PER_PAIR, clientAddress, loginThrottle } from "../../lib/auth/rate-limit";
import { resetPassword, updateUser } from "../../lib/users/users";
import { db } from "../../lib/db/client";
import bcrypt from "bcryptjs";
import { makeUnit, makeUser } from "./factories";
import type { CurrentUser } from "../../lib/auth/session";

type Authorize = (raw: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options
  .authorize;
const from = (xff: string) => ({ headers: { "x-forwarded-for": xff } });
const req = from("10.0.0.7");

describe("sign-in", () => {
  it("signs in with the right password and carries role, unit and session version", async () => {
    const unit = await makeUnit();
    await makeUser("UNIT_STAFF", unit.id, "nv.dung");
    const user = await authorize({ username: "nv.dung", password: "matkhau123" }, req);
    expect(user).toMatchObject({ role: "UNIT_STAFF", unitId: unit.id, sessionVersion: 0 });
  });

  it("refuses a wrong password, an unknown name and an inactive account", async () => {
    expect(await authorize({ username: "nv.dung", password: "sai" }, req)).toBeNull();
    expect(await authorize({ username: "khong.ai", password: "matkhau123" }, req)).toBeNull();
    const u = await makeUser("VIEWER", null, "nv.khoa");
    await db().user.update({ where: { id: u.id }, data: { active: false } });
    expect(await authorize({ username: "nv.khoa", password: "matkhau123" }, req)).toBeNull();
  });

  it("stops one address guessing a name, but lets the user in from their own address (findings 3, 4)", async () => {
    await makeUser("VIEWER", null, "nv.lam");
    for (let i = 0; i < MAX_FAILURES_PER_PAIR; i++) {
      // rotating the first X-Forwarded-For value changes nothing: the proxy's entry is the address
      expect(
        await authorize({ username: "nv.lam", password: `sai-${i}` }, from(`203.0.113.${i}, 198.51.100.66`)),
      ).toBeNull();
    }
    await expect(
      authorize({ username: "nv.lam", password: "matkhau123" }, from("198.51.100.66")),
    ).rejects.toThrow(LOGIN_BLOCKED);
    expect(await authorize({ username: "nv.lam", password: "matkhau123" }, from("10.1.2.3"))).toMatchObject({
      role: "VIEWER",
    });
    // a name guessed from many addresses is slowed, not locked
    expect((await loginThrottle("nv.lam", "10.9.9.9")).blocked).toBe(false);
    expect((await loginThrottle("nv.lam", "10.9.9.9")).delayMs).toBe(250);
  });

  it("spends a bcrypt comparison on an unknown name too, so timing does not tell which names exist (finding 8)", async () => {
    const compare = vi.spyOn(bcrypt, "compare");
    expect(
      await authorize({ username: "khong.ton.tai", password: "mat-khau-bat-ky" }, from("10.4.4.4")),
    ).toBeNull();
    expect(compare).toHaveBeenCalledTimes(1);
    compare.mockClear();
    expect(await authorize({ username: "nv.dung", password: "mat-khau-sai-1" }, from("10.4.4.4"))).toBeNull();
    expect(compare).toHaveBeenCalledTimes(1);
    compare.mockRestore();
  });

  it("reads the client address only through the configured proxies", () => {
    expect(clientAddress("1.1.1.1", 0)).toBeNull();
    expect(clientAddress("6.6.6.6, 1.1.1.1", 1)).toBe("1.1.1.1");
    expect(clientAddress("6.6.6.6, 1.1.1.1, 10.0.0.1", 2)).toBe("1.1.1.1");
    expect(clientAddress(undefined, 1)).toBeNull();
  });

  it("never returns the password hash from ordinary queries", async () => {
    const u = await db().user.findFirstOrThrow();
    expect(u).not.toHaveProperty("passwordHash");
  });
});

describe("sessions (finding 5)", () => {
  it("end on sign-out, password reset, deactivation or a role change, and 12 hours after sign-in", async () => {
    const admin = {
      id: 0,
      role: "ADMIN",
      unitId: null,
      username: "admin",
      name: "Admin",
      unitName: null,
      unitCode: null,
    } as CurrentUser;
    const u = await makeUser("VIEWER", null, "nv.phien");
    const version = async () => (await db().user.findUniqueOrThrow({ where: { id: u.id } })).sessionVersion;
    const session = { sessionVersion: await version(), signedInAt: Date.now() };
    expect(sessionEnded(session, { sessionVersion: await version() })).toBe(false);
    await endSessions(u.id);
    expect(sessionEnded(session, { sessionVersion: await version() })).toBe(true);
    const v1 = await version();
    await resetPassword({ id: u.id, password: "mat-khau-moi-dai" }, admin);
    expect(await version()).toBe(v1 + 1);
    await updateUser({ id: u.id, role: "VIEWER", unitId: null, active: false }, admin);
    expect(await version()).toBe(v1 + 2);
    await updateUser({ id: u.id, role: "VIEWER", unitId: null, active: false }, admin);
    expect(await version()).toBe(v1 + 2);
    expect(
      sessionEnded(
        { sessionVersion: 5, signedInAt: Date.now() - ABSOLUTE_SESSION_MS - 1 },
        { sessionVersion: 5 },
      ),
    ).toBe(true);
  });
});
