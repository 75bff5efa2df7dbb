// Which account an SSO identity opens (issue 14, item 2): an existing active one, by user name, else
// by an e-mail no other account shares; never a new one; a deactivated one stays out.
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { ssoAccount, ssoSettingsProblem } from "../../lib/auth/sso";
import { makeUser } from "./factories";

describe("SSO identities", () => {
  it("open an existing active account by user name or unique e-mail, and nothing else", async () => {
    const head = await makeUser("UNIT_HEAD", null, "nguyen.van.a");
    const admin = await makeUser("ADMIN", null, "quantri");
    await db().user.update({ where: { id: admin.id }, data: { email: "quantri@tinh.gov.vn" } });
    const gone = await makeUser("UNIT_STAFF", null, "da.nghi");
    await db().user.update({ where: { id: gone.id }, data: { active: false, email: "danghi@tinh.gov.vn" } });
    for (const u of [await makeUser("VIEWER"), await makeUser("VIEWER")])
      await db().user.update({ where: { id: u.id }, data: { email: "chung@tinh.gov.vn" } });
    const users = await db().user.count();

    expect(await ssoAccount({ sub: "1", preferred_username: "Nguyen.Van.A" })).toMatchObject({ id: head.id });
    expect(await ssoAccount({ sub: "2", email: "QUANTRI@tinh.gov.vn" })).toMatchObject({
      id: admin.id,
      role: "ADMIN",
    });
    expect(await ssoAccount({ sub: "3", preferred_username: "da.nghi" })).toBeNull();
    expect(await ssoAccount({ sub: "4", email: "danghi@tinh.gov.vn" })).toBeNull();
    expect(await ssoAccount({ sub: "5", email: "chung@tinh.gov.vn" })).toBeNull();
    expect(
      await ssoAccount({ sub: "6", preferred_username: "moi.hoan.toan", email: "moi@tinh.gov.vn" }),
    ).toBeNull();
    expect(await db().user.count()).toBe(users);
  });

  it("says what is wrong with incomplete or malformed settings", () => {
    const s = (o: Partial<ReturnType<typeof import("../../lib/env").ssoEnv>>) => ({
      issuer: null,
      clientId: null,
      clientSecret: null,
      name: "x",
      ...o,
    });
    expect(ssoSettingsProblem(s({}))).toBeNull();
    expect(ssoSettingsProblem(s({ issuer: "https://sso.tinh.gov.vn/realms/tinh" }))).toMatch(/Cần đặt đủ/);
    expect(ssoSettingsProblem(s({ issuer: "sso.tinh", clientId: "a", clientSecret: "b" }))).toMatch(
      /không phải là một địa chỉ/,
    );
  });
});
