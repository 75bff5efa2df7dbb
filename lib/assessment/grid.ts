import "server-only";
// One unit's assessment in a round, as the self-assessment grid and the appraisal screen show it:
// the criteria tree in order, each leaf with its value, evidence and (for metric leaves) the figure
// computed from records. Plain JSON, passed to client components.
import { db } from "../db/client";
import { loadCriteriaSet, type CriteriaNodeJson } from "../criteria/store";
import { loadRoundData } from "../results/round-inputs";
import type { Rule } from "../scoring";
import { loadRound, loadUnit } from "./context";
import { evidenceSelect, toEvidenceView, type EvidenceView } from "./evidence";
import { windowProblem, windowWords } from "./window";

export type GridValue = {
  id: number;
  version: number;
  selfValue: string | null;
  notApplicable: boolean;
  explanation: string | null;
  appraisedValue: string | null;
  appraisalReason: string | null;
  appraisalComment: string | null;
  appraisedAt: string | null;
};
export type GridRow =
  | { kind: "group"; code: string; name: string; max: number; depth: number }
  | {
      kind: "leaf";
      code: string;
      name: string;
      max: number;
      rule: Rule;
      metric?: string;
      bonus: boolean;
      applies: boolean;
      depth: number;
      /** the figure computed from records (metric leaves), null when the unit has no data */
      figure: number | null;
      survey: number | null;
      value: GridValue | null;
      evidence: EvidenceView[];
    };

export type UnitGrid = {
  round: {
    id: number;
    name: string;
    year: number;
    group: string;
    status: string;
    window: string;
    editProblem: string | null;
  };
  unit: { id: number; code: string; name: string; type: string };
  submission: { status: "DRAFT" | "SUBMITTED" | null; submittedAt: string | null; comment: string | null };
  rows: GridRow[];
};

export async function loadUnitGrid(roundId: number, unitId: number, now = new Date()): Promise<UnitGrid> {
  const [round, unit] = await Promise.all([loadRound(roundId), loadUnit(unitId)]);
  const [set, values, submission, data, surveys] = await Promise.all([
    loadCriteriaSet(round.criteriaSetId),
    db().assessmentValue.findMany({
      where: { roundId, unitId },
      include: {
        node: { select: { code: true } },
        evidence: { select: evidenceSelect, orderBy: { id: "asc" } },
      },
    }),
    db().unitSubmission.findUnique({ where: { roundId_unitId: { roundId, unitId } } }),
    loadRoundData(roundId, { unitIds: [unitId] }),
    db().surveyResult.findMany({
      where: { roundId, unitId },
      select: { percentage: true, node: { select: { code: true } } },
    }),
  ]);
  const byCode = new Map(values.map((v) => [v.node.code, v]));
  const surveyByCode = new Map(surveys.map((s) => [s.node.code, Number(s.percentage)]));
  const fromRecords = new Set(data.fromRecords[unit.code] ?? []);
  const recordInputs = data.inputs[unit.code] ?? {};
  const rows: GridRow[] = [];
  const maxOf = (n: CriteriaNodeJson): number =>
    n.children?.length ? n.children.reduce((s, c) => s + maxOf(c), 0) : n.bonus ? 0 : (n.max ?? 0);
  const walk = (nodes: CriteriaNodeJson[], depth: number) => {
    for (const n of nodes) {
      if (n.children?.length) {
        rows.push({ kind: "group", code: n.code, name: n.name, max: maxOf(n), depth });
        walk(n.children, depth + 1);
        continue;
      }
      const v = byCode.get(n.code);
      const figure = fromRecords.has(n.code) ? Number(recordInputs[n.code]?.appraised) : null;
      rows.push({
        kind: "leaf",
        code: n.code,
        name: n.name,
        max: n.max ?? 0,
        rule: n.rule as unknown as Rule,
        ...(n.metric ? { metric: n.metric } : {}),
        bonus: !!n.bonus,
        applies: !n.appliesTo?.length || n.appliesTo.includes(unit.type),
        depth,
        figure: figure !== null && Number.isFinite(figure) ? figure : null,
        survey: surveyByCode.get(n.code) ?? null,
        value: v
          ? {
              id: v.id,
              version: v.version,
              selfValue: v.selfValue,
              notApplicable: v.notApplicable,
              explanation: v.explanation,
              appraisedValue: v.appraisedValue,
              appraisalReason: v.appraisalReason,
              appraisalComment: v.appraisalComment,
              appraisedAt: v.appraisedAt?.toISOString() ?? null,
            }
          : null,
        evidence: v ? v.evidence.map(toEvidenceView) : [],
      });
    }
  };
  walk(set.fields, 0);
  const locked = submission?.status === "SUBMITTED" ? "Đơn vị đã nộp tự đánh giá: không thể sửa nữa." : null;
  return {
    round: {
      id: round.id,
      name: round.name,
      year: round.year,
      group: round.group,
      status: round.status,
      window: windowWords(round),
      editProblem: windowProblem(round, now) ?? locked,
    },
    unit: { id: unit.id, code: unit.code, name: unit.name, type: unit.type },
    submission: {
      status: submission?.status ?? null,
      submittedAt: submission?.submittedAt?.toISOString() ?? null,
      comment: submission?.comment ?? null,
    },
    rows,
  };
}
