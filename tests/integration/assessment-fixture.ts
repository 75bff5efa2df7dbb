// A small round for the assessment integration tests: two units of group SO, their users, a
// criteria set with a yes/no, a deduction, a metric and a survey leaf, and an open round.
import { db } from "../../lib/db/client";
import { createCriteriaSet } from "../../lib/criteria/store";
import { makeUnit, makeUser } from "./factories";
import type { Role } from "../../lib/auth/permissions";

export const SET = {
  name: "Bộ tiêu chí thử",
  year: 2024,
  group: "SO",
  classification: [
    { label: "Tốt", min: 80 },
    { label: "Khá", min: 0 },
  ],
  fields: [
    {
      code: "1",
      name: "Chỉ đạo",
      children: [
        { code: "1.1", name: "Ban hành kế hoạch", max: 2, rule: { type: "boolean" } },
        { code: "1.2", name: "Báo cáo định kỳ", max: 1.5, rule: { type: "deduction", perOccurrence: 0.5 } },
        {
          code: "1.3",
          name: "Tỷ lệ thực hiện kế hoạch",
          max: 2,
          metric: "plan.completionRate",
          rule: {
            type: "bands",
            bands: [
              { gte: 90, points: 2 },
              { lt: 90, points: 0 },
            ],
          },
        },
      ],
    },
    {
      code: "2",
      name: "Điều tra",
      children: [{ code: "2.1", name: "Sự hài lòng", max: 6, rule: { type: "survey" } }],
    },
  ],
};

const asUser = (u: { id: number; role: string; unitId: number | null; username: string; name: string }) => ({
  id: u.id,
  role: u.role as Role,
  unitId: u.unitId,
  username: u.username,
  name: u.name,
  unitName: null,
  unitCode: null,
});

export async function assessmentFixture(tag: string) {
  const a = await makeUnit({ code: `${tag}_A`, type: "SO", group: "SO" });
  const b = await makeUnit({ code: `${tag}_B`, type: "SO", group: "SO" });
  const setId = await createCriteriaSet(SET);
  const day = 86_400_000;
  const round = await db().evaluationRound.create({
    data: {
      year: 2024,
      group: "SO",
      name: "Đợt thử 2024",
      criteriaSetId: setId,
      status: "OPEN",
      selfAssessmentStart: new Date(Date.now() - 5 * day),
      selfAssessmentEnd: new Date(Date.now() + 5 * day),
    },
  });
  return {
    a,
    b,
    round,
    staffA: asUser(await makeUser("UNIT_STAFF", a.id, `${tag}.canbo.a`)),
    headA: asUser(await makeUser("UNIT_HEAD", a.id, `${tag}.thutruong.a`)),
    staffB: asUser(await makeUser("UNIT_STAFF", b.id, `${tag}.canbo.b`)),
    headB: asUser(await makeUser("UNIT_HEAD", b.id, `${tag}.thutruong.b`)),
    admin: asUser(await makeUser("ADMIN", null, `${tag}.admin`)),
    admin2: asUser(await makeUser("ADMIN", null, `${tag}.admin2`)),
  };
}

export const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
