// A small criteria set and a round for the criteria integration tests.
import { db } from "../../lib/db/client";
import type { CriteriaSetJson } from "../../lib/criteria/store";
import type { Editor } from "../../lib/criteria/editor-service";

export function smallSet(year: number, group = "SO"): CriteriaSetJson {
  return {
    name: `Bộ tiêu chí khối sở ${year}`,
    year,
    group,
    classification: [
      { label: "Tốt", min: 80 },
      { label: "Khá", min: 50 },
      { label: "Yếu", min: 0 },
    ],
    fields: [
      {
        code: "1",
        name: "Chỉ đạo, điều hành",
        children: [
          {
            code: "1.1",
            name: "Kế hoạch CCHC",
            max: 2,
            rule: { type: "choice", options: { kip_thoi: 2, khong_kip_thoi: 1, khong_ban_hanh: 0 } },
          },
          {
            code: "1.2",
            name: "Thực hiện kế hoạch",
            max: 2,
            metric: "plan.completionRate",
            rule: {
              type: "bands",
              bands: [
                { gt: 90, points: 2 },
                { gte: 70, lte: 90, points: 1 },
                { lt: 70, points: 0 },
              ],
            },
          },
          { code: "1.3", name: "Sáng kiến", max: 1, bonus: true, rule: { type: "manual" } },
        ],
      },
      {
        code: "2",
        name: "Thủ tục hành chính",
        children: [
          { code: "2.1", name: "Một cửa", max: 3, rule: { type: "boolean" }, appliesTo: ["SO", "HUYEN"] },
          { code: "2.2", name: "Báo cáo chậm", max: 2, rule: { type: "deduction", perOccurrence: 0.5 } },
          { code: "2.3", name: "Trực tuyến", max: 1, rule: { type: "linear", threshold: 50 } },
        ],
      },
    ],
  };
}

export const asActor = (u: { id: number; role: string; unitId: number | null; username: string }) =>
  u as unknown as Editor;

export async function makeRound(
  year: number,
  setId: number,
  status: "DRAFT" | "OPEN" | "APPRAISAL" | "PUBLISHED",
  group = "SO",
) {
  return db().evaluationRound.create({
    data: { year, group, name: `Đợt đánh giá ${year} khối ${group}`, criteriaSetId: setId, status },
  });
}

export async function nodeId(setId: number, code: string) {
  return (await db().criteriaNode.findUniqueOrThrow({ where: { setId_code: { setId, code } } })).id;
}
