// Reporting back: the unit tells the inspection team / Home Affairs what it did per item, with the
// evidence it attached (seed 000's unit remediated but never reported). The date is recorded.
import { db } from "../db/client";
import { recordAudit } from "../audit/record";
import { DomainError, NotFoundError } from "../errors";
import type { ReportInput } from "./inputs";
import { requireOwnPlan, type RemediationActor } from "./plans";

export type ReportedItem = {
  itemId: number;
  problem: string;
  action: string;
  status: string;
  done: string;
  evidence: { attachmentId: number; name: string }[];
};

export async function submitRemediationReport(input: ReportInput, actor: RemediationActor) {
  const plan = await db().remediationPlan.findUnique({
    where: { id: input.planId },
    include: {
      items: {
        orderBy: { id: "asc" },
        include: {
          updates: {
            where: { attachmentId: { not: null } },
            include: { attachment: { select: { id: true, originalName: true } } },
          },
        },
      },
    },
  });
  if (!plan) throw new NotFoundError("Không tìm thấy kế hoạch khắc phục");
  await requireOwnPlan(actor, plan.unitId, `remediation-report:${plan.id}`);
  if (!plan.items.length) throw new DomainError("Kế hoạch chưa có mục khắc phục nào để báo cáo.", 422);
  if (input.inspectionId) {
    const inspection = await db().inspection.findUnique({
      where: { id: input.inspectionId },
      select: { unitId: true },
    });
    if (!inspection || inspection.unitId !== plan.unitId) {
      throw new DomainError("Cuộc kiểm tra không thuộc đơn vị này", 422, {
        inspectionId: ["Cuộc kiểm tra không thuộc đơn vị này"],
      });
    }
  }
  const itemsReported: ReportedItem[] = plan.items.map((i) => ({
    itemId: i.id,
    problem: i.problem,
    action: i.action,
    status: i.status,
    done: input.done[String(i.id)] ?? "",
    evidence: i.updates.flatMap((u) =>
      u.attachment ? [{ attachmentId: u.attachment.id, name: u.attachment.originalName }] : [],
    ),
  }));
  return db().$transaction(async (tx) => {
    const report = await tx.remediationReport.create({
      data: {
        planId: plan.id,
        inspectionId: input.inspectionId,
        summary: input.summary,
        itemsReported,
        submittedById: actor.id,
      },
    });
    await recordAudit(
      {
        actor,
        action: "report",
        entity: "RemediationReport",
        entityId: report.id,
        unitId: plan.unitId,
        newValue: {
          planId: plan.id,
          year: plan.year,
          inspectionId: input.inspectionId,
          items: itemsReported.length,
        },
      },
      tx,
    );
    return report;
  });
}

/**
 * Who has not reported back: plans of `year` with items but no report, and inspections whose
 * findings no report has answered yet (any year: they stay on the list until answered).
 */
export async function unreported(year: number, unitIds: number[] | null) {
  const scope = unitIds ? { unitId: { in: unitIds } } : {};
  const [plans, inspections] = await Promise.all([
    db().remediationPlan.findMany({
      where: { year, ...scope, items: { some: {} }, reports: { none: {} } },
      select: {
        id: true,
        year: true,
        unit: { select: { id: true, code: true, name: true } },
        _count: { select: { items: true } },
      },
      orderBy: { unit: { name: "asc" } },
    }),
    db().inspection.findMany({
      where: { ...scope, findings: { some: {} }, reports: { none: {} } },
      select: {
        id: true,
        decisionNumber: true,
        visitDate: true,
        unit: { select: { id: true, code: true, name: true } },
        _count: { select: { findings: true } },
      },
      orderBy: { visitDate: "asc" },
    }),
  ]);
  return { plans, inspections };
}
