// A unit's remediation plan for a year and its items. A unit edits only its own plan (checked
// here, whoever calls); an item from a deficiency or a finding takes its problem, criterion and
// points from the stored source, not from the form.
import { db } from "../db/client";
import type { Actor } from "../auth/permissions";
import { requireUnitAccess } from "../auth/forbidden";
import { recordAudit } from "../audit/record";
import { ConflictError, NotFoundError, fieldError } from "../errors";
import { criteriaCodesFor, criterionCodeError } from "../inspections/criteria-codes";
import { fmt2 } from "../format";
import { unitDeficiencies } from "./candidates";
import type { ItemInput, PlanHeaderInput } from "./inputs";
import { dateOfDay } from "./status";

export type RemediationActor = Actor & { username: string };

export async function requireOwnPlan(actor: RemediationActor, unitId: number, target: string) {
  await requireUnitAccess(
    actor,
    "remediation:write",
    unitId,
    target,
    "Bạn chỉ được lập và cập nhật kế hoạch khắc phục của đơn vị mình.",
  );
}

const planTitle = (year: number) => `Kế hoạch khắc phục tồn tại, hạn chế qua kết quả Chỉ số CCHC năm ${year}`;

/** What the item answers: from the published deficiency, the finding, or as typed. */
async function itemSource(input: ItemInput, unit: { id: number; code: string; group: string }) {
  if (input.source === "DEFICIENCY") {
    const deficiencies = await unitDeficiencies(unit, input.year);
    if (!deficiencies)
      throw fieldError("criterionCode", `Chưa có kết quả Chỉ số CCHC năm ${input.year} được công bố`);
    const d = deficiencies.find((x) => x.code === input.criterionCode);
    if (!d)
      throw fieldError(
        "criterionCode",
        `Tiêu chí ${input.criterionCode} không bị trừ điểm trong kết quả năm ${input.year}`,
      );
    return {
      findingId: null,
      criterionCode: d.code,
      pointsLost: d.lost,
      problem: `${d.code} ${d.name}: bị trừ ${fmt2(d.lost)} điểm`,
    };
  }
  if (input.source === "FINDING") {
    const f = await db().finding.findUnique({
      where: { id: input.findingId! },
      include: { inspection: { select: { unitId: true } } },
    });
    if (!f || (f.addressedUnitId ?? f.inspection.unitId) !== unit.id)
      throw fieldError("findingId", "Kết luận kiểm tra không thuộc đơn vị này");
    return { findingId: f.id, criterionCode: f.criterionCode, pointsLost: null, problem: f.text };
  }
  if (input.criterionCode) {
    const error = criterionCodeError(await criteriaCodesFor(unit.group, input.year), input.criterionCode);
    if (error) throw fieldError("criterionCode", error);
  }
  return { findingId: null, criterionCode: input.criterionCode, pointsLost: null, problem: input.problem! };
}

export async function addRemediationItem(input: ItemInput, actor: RemediationActor) {
  await requireOwnPlan(actor, input.unitId, `remediation-plan:${input.unitId}:${input.year}`);
  const unit = await db().unit.findUnique({
    where: { id: input.unitId },
    select: { id: true, code: true, group: true },
  });
  if (!unit) throw new NotFoundError("Không tìm thấy đơn vị");
  const source = await itemSource(input, unit);
  return db().$transaction(async (tx) => {
    const plan = await tx.remediationPlan.upsert({
      where: { unitId_year: { unitId: unit.id, year: input.year } },
      update: {},
      create: { unitId: unit.id, year: input.year, title: planTitle(input.year), createdById: actor.id },
    });
    if (
      source.findingId &&
      (await tx.remediationItem.findFirst({ where: { findingId: source.findingId }, select: { id: true } }))
    ) {
      throw fieldError("findingId", "Kết luận này đã có trong kế hoạch khắc phục", 409);
    }
    if (
      input.source === "DEFICIENCY" &&
      (await tx.remediationItem.findFirst({
        where: { planId: plan.id, source: "DEFICIENCY", criterionCode: source.criterionCode },
        select: { id: true },
      }))
    ) {
      throw new ConflictError(`Tiêu chí ${source.criterionCode} đã có trong kế hoạch năm ${input.year}`);
    }
    const item = await tx.remediationItem.create({
      data: {
        planId: plan.id,
        source: input.source,
        ...source,
        action: input.action,
        owner: input.owner,
        deadline: dateOfDay(input.deadline),
        status: "PLANNED",
      },
    });
    await recordAudit(
      {
        actor,
        action: "create",
        entity: "RemediationItem",
        entityId: item.id,
        unitId: unit.id,
        criterionCode: source.criterionCode,
        newValue: {
          planId: plan.id,
          year: input.year,
          source: input.source,
          ...source,
          action: input.action,
          owner: input.owner,
          deadline: input.deadline,
          status: "PLANNED",
        },
      },
      tx,
    );
    return item;
  });
}

/** Sets the plan's number, title and issue day (the unit's own plan; audited with old and new). */
export async function updatePlanHeader(input: PlanHeaderInput, actor: RemediationActor) {
  const plan = await db().remediationPlan.findUnique({ where: { id: input.planId } });
  if (!plan) throw new NotFoundError("Không tìm thấy kế hoạch khắc phục");
  await requireOwnPlan(actor, plan.unitId, `remediation-plan:${plan.id}`);
  if (input.issuedAt && Number(input.issuedAt.slice(0, 4)) < plan.year)
    throw fieldError(
      "issuedAt",
      `Kế hoạch khắc phục năm ${plan.year} không thể ban hành trước năm ${plan.year}`,
    );
  const before = {
    number: plan.number,
    title: plan.title,
    issuedAt: plan.issuedAt?.toISOString().slice(0, 10) ?? null,
  };
  const after = { number: input.number, title: input.title, issuedAt: input.issuedAt };
  if (JSON.stringify(before) === JSON.stringify(after)) return plan;
  return db().$transaction(async (tx) => {
    const row = await tx.remediationPlan.update({
      where: { id: plan.id },
      data: { ...after, issuedAt: after.issuedAt ? new Date(`${after.issuedAt}T00:00:00Z`) : null },
    });
    await recordAudit(
      {
        actor,
        action: "update",
        entity: "RemediationPlan",
        entityId: plan.id,
        unitId: plan.unitId,
        oldValue: before,
        newValue: after,
      },
      tx,
    );
    return row;
  });
}
