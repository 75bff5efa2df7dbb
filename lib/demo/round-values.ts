// One demo round's self-assessments, appraisals, evidence, submissions and survey results, written
// in a handful of batched statements (one per table) rather than per unit.
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { leavesOf, type CriteriaNodeJson, type CriteriaSetJson } from "../criteria/store";
import { demoValue, surveyPercentage } from "./assessments";
import type { Rng } from "./random";

type RoundUnit = { id: number; code: string; quality: number };
export type DemoRound = {
  id: number;
  year: number;
  open: boolean;
  set: Pick<CriteriaSetJson, "fields">;
  nodes: Map<string, number>;
};

/** `stageOf`: in the open round some units have not started, some have a draft, a few have submitted. */
export async function seedRoundValues(
  round: DemoRound,
  members: RoundUnit[],
  adminId: number,
  r: Rng,
  stageOf: (code: string) => "none" | "draft" | "submitted" | "done",
) {
  const leaves = leavesOf(round.set);
  const scored = leaves.filter((l) => l.rule?.type !== "survey");
  const survey = leaves.filter((l) => l.rule?.type === "survey");
  const today = Date.now();
  const nodeOf = (leaf: CriteriaNodeJson) => round.nodes.get(leaf.code)!;
  const values: Prisma.AssessmentValueCreateManyInput[] = [];
  const evidence = new Map<string, { documentNumber: string; documentDate: Date; pageOrSection: string }>();
  const submissions: {
    roundId: number;
    unitId: number;
    status: "SUBMITTED" | "DRAFT";
    submittedAt: Date | null;
  }[] = [];
  const surveys: { roundId: number; unitId: number; nodeId: number; percentage: number }[] = [];
  for (const unit of members) {
    const stage = stageOf(unit.code);
    if (stage === "none") continue;
    const filled = stage === "draft" ? scored.filter(() => r.chance(0.6)) : scored;
    for (const leaf of filled) {
      const v = demoValue(leaf, unit.quality, r, !round.open);
      values.push({
        roundId: round.id,
        unitId: unit.id,
        nodeId: nodeOf(leaf),
        selfValue: v.selfValue,
        explanation: v.explanation,
        appraisedValue: v.appraisedValue,
        appraisalReason: v.appraisalReason,
        appraisedById: v.appraisedValue !== null ? adminId : null,
        appraisedAt: v.appraisedValue !== null ? new Date(`${round.year + 1}-03-15`) : null,
        updatedById: adminId,
      });
      if (!v.explanation) {
        evidence.set(`${unit.id}:${nodeOf(leaf)}`, {
          documentNumber: `${r.int(10, 480)}/QĐ-${unit.code.replace(/_/g, "")}`,
          documentDate: new Date(
            `${round.year}-${String(r.int(1, 12)).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}`,
          ),
          pageOrSection: `Trang ${r.int(1, 12)}`,
        });
      }
    }
    submissions.push(
      stage === "draft"
        ? { roundId: round.id, unitId: unit.id, status: "DRAFT", submittedAt: null }
        : {
            roundId: round.id,
            unitId: unit.id,
            status: "SUBMITTED",
            submittedAt: round.open
              ? new Date(today - r.int(1, 10) * 86_400_000)
              : new Date(`${round.year + 1}-01-${r.int(20, 31)}`),
          },
    );
    if (!round.open)
      for (const l of survey)
        surveys.push({
          roundId: round.id,
          unitId: unit.id,
          nodeId: nodeOf(l),
          percentage: surveyPercentage(unit.quality, r),
        });
  }
  const rows = await db().assessmentValue.createManyAndReturn({
    data: values,
    select: { id: true, unitId: true, nodeId: true },
  });
  await db().evidenceDocument.createMany({
    data: rows.flatMap((row) => {
      const e = evidence.get(`${row.unitId}:${row.nodeId}`);
      return e ? [{ valueId: row.id, ...e, createdById: adminId }] : [];
    }),
  });
  await db().unitSubmission.createMany({ data: submissions });
  await db().surveyResult.createMany({ data: surveys });
}
