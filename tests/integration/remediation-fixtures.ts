// A small province for the remediation tests: two departments, a 2023 criteria set and round with
// a published snapshot in which unit A lost points on 3.6 and 1.1, and the people of the loop.
import { db } from "../../lib/db/client";
import { createCriteriaSet } from "../../lib/criteria/store";
import { demoCriteriaSet } from "../../lib/demo/criteria";
import type { CurrentUser } from "../../lib/auth/session";
import type { Role } from "../../lib/auth/permissions";
import { makeUnit, makeUser } from "./factories";

export const pdfFile = (name = "bien-ban.pdf") =>
  new File([new TextEncoder().encode("%PDF-1.4\n% test\n")], name, { type: "application/pdf" });

async function actor(
  role: Role,
  unit: { id: number; name: string; code: string } | null,
  username: string,
): Promise<CurrentUser> {
  const u = await makeUser(role, unit?.id ?? null, username);
  return {
    id: u.id,
    role,
    unitId: unit?.id ?? null,
    username,
    name: u.name,
    unitName: unit?.name ?? null,
    unitCode: unit?.code ?? null,
  };
}

/** A published result for `year` with the given units' leaf points (only what remediation reads). */
export async function publishSnapshot(
  year: number,
  setId: number,
  units: {
    code: string;
    deficiencies: { code: string; name: string; lost: number }[];
    leaves: Record<string, number>;
  }[],
  byId: number,
) {
  const round = await db().evaluationRound.create({
    data: { year, group: "SO", name: `Đợt ${year}`, criteriaSetId: setId, status: "PUBLISHED" },
  });
  const results = {
    errors: [],
    units: units.map((u) => ({
      unit: u.code,
      name: u.code,
      type: "SO",
      group: "SO",
      achieved: 0,
      max: 0,
      index: null,
      rank: null,
      classification: null,
      provisional: false,
      fields: [],
      criteria: [],
      missing: [],
      deficiencies: u.deficiencies,
      leafResults: Object.entries(u.leaves).map(([code, points]) => ({
        code,
        name: code,
        points,
        max: 3,
        bonus: false,
        value: null,
        source: "appraised",
        notApplicable: false,
      })),
    })),
  };
  await db().resultSnapshot.create({
    data: { roundId: round.id, version: 1, publishedById: byId, criteria: {}, inputs: {}, results },
  });
}

export async function remediationWorld() {
  const a = await makeUnit({ code: "SO_A", name: "Sở A" });
  const b = await makeUnit({ code: "SO_B", name: "Sở B" });
  const people = {
    admin: await actor("ADMIN", null, "admin"),
    inspector: await actor("INSPECTOR", null, "kiemtra1"),
    outsider: await actor("INSPECTOR", null, "kiemtra2"),
    headA: await actor("UNIT_HEAD", a, "thutruong.a"),
    staffA: await actor("UNIT_STAFF", a, "canbo.a"),
    headB: await actor("UNIT_HEAD", b, "thutruong.b"),
    viewer: await actor("VIEWER", null, "lanhdao"),
  };
  const set2023 = await createCriteriaSet(demoCriteriaSet(2023, "SO"));
  await publishSnapshot(
    2023,
    set2023,
    [
      {
        code: "SO_A",
        deficiencies: [
          { code: "3.6", name: "Thực hiện cơ chế một cửa", lost: 3 },
          { code: "1.1", name: "Ban hành kế hoạch CCHC năm", lost: 0.5 },
        ],
        leaves: { "3.6": 0, "1.1": 0.5 },
      },
    ],
    people.admin.id,
  );
  return { a, b, people, set2023 };
}
