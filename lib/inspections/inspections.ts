// Recording inspection visits and their findings. The checks live here, not only in the pages:
// inspectors and Home Affairs plan visits; a finding is recorded only by a member of that
// inspection's team (or Home Affairs); a criterion code must exist in the unit's criteria set.
import { db } from "../db/client";
import { can, type Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { DomainError, ForbiddenError, NotFoundError } from "../errors";
import { dateOfDay } from "../remediation/status";
import { criteriaCodesFor, criterionCodeError } from "./criteria-codes";
import type { FindingInput, InspectionInput } from "./inspection-input";

export type InspectionActor = Actor & { username: string };

const TEAM_ROLES = ["INSPECTOR", "ADMIN"] as const;

function requireWrite(actor: InspectionActor) {
  if (!can(actor, "inspections:write")) throw new ForbiddenError("Chỉ đoàn kiểm tra hoặc Sở Nội vụ được ghi nhận kết quả kiểm tra.");
}

export async function createInspection(input: InspectionInput, actor: InspectionActor) {
  requireWrite(actor);
  const unit = await db().unit.findUnique({ where: { id: input.unitId }, select: { id: true } });
  if (!unit) throw new DomainError("Đơn vị được kiểm tra không tồn tại", 422, { unitId: ["Đơn vị được kiểm tra không tồn tại"] });
  // An inspector who plans a visit is on its team, so that they can record its findings.
  const memberIds = [...new Set([...input.memberIds, ...(actor.role === "INSPECTOR" ? [actor.id] : [])])].filter((id) => id !== input.leadUserId);
  const people = await db().user.findMany({ where: { id: { in: [input.leadUserId, ...memberIds] }, active: true, role: { in: [...TEAM_ROLES] } }, select: { id: true, name: true } });
  const lead = people.find((p) => p.id === input.leadUserId);
  if (!lead) throw new DomainError("Trưởng đoàn phải là thành viên đoàn kiểm tra hoặc Sở Nội vụ", 422, { leadUserId: ["Trưởng đoàn phải là thành viên đoàn kiểm tra hoặc Sở Nội vụ"] });
  const unknown = memberIds.filter((id) => !people.some((p) => p.id === id));
  if (unknown.length) throw new DomainError("Thành viên đoàn phải là cán bộ kiểm tra hoặc Sở Nội vụ", 422, { memberIds: ["Thành viên đoàn phải là cán bộ kiểm tra hoặc Sở Nội vụ"] });
  const data = {
    decisionNumber: input.decisionNumber, decisionDate: dateOfDay(input.decisionDate), unitId: input.unitId,
    visitDate: dateOfDay(input.visitDate), teamLead: lead.name, notes: input.notes, createdById: actor.id,
  };
  return db().$transaction(async (tx) => {
    const row = await tx.inspection.create({
      data: { ...data, members: { create: [{ userId: lead.id, isLead: true }, ...memberIds.map((userId) => ({ userId, isLead: false }))] } },
    });
    await recordAudit({ actor, action: "create", entity: "Inspection", entityId: row.id, unitId: row.unitId, newValue: { ...input, teamLead: lead.name, memberIds } }, tx);
    return row;
  });
}

/** Whether the actor may record findings for this inspection: its team, or Home Affairs. */
export function mayRecordFindings(actor: InspectionActor, members: { userId: number }[]): boolean {
  if (!can(actor, "inspections:write")) return false;
  return actor.role === "ADMIN" || members.some((m) => m.userId === actor.id);
}

export async function addFinding(input: FindingInput, actor: InspectionActor) {
  requireWrite(actor);
  const inspection = await db().inspection.findUnique({
    where: { id: input.inspectionId }, include: { members: { select: { userId: true } }, unit: { select: { group: true } } },
  });
  if (!inspection) throw new NotFoundError("Không tìm thấy cuộc kiểm tra");
  if (!mayRecordFindings(actor, inspection.members)) {
    throw new ForbiddenError("Chỉ thành viên đoàn kiểm tra của cuộc kiểm tra này mới được ghi nhận tồn tại, hạn chế.", inspection.unitId);
  }
  if (input.criterionCode) {
    const error = criterionCodeError(await criteriaCodesFor(inspection.unit.group, inspection.visitDate.getUTCFullYear()), input.criterionCode);
    if (error) throw new DomainError(error, 422, { criterionCode: [error] });
  }
  return db().$transaction(async (tx) => {
    const row = await tx.finding.create({
      data: {
        inspectionId: inspection.id, text: input.text, criterionCode: input.criterionCode, severity: input.severity,
        requiredAction: input.requiredAction, dueDate: input.dueDate ? dateOfDay(input.dueDate) : null,
      },
    });
    await recordAudit({ actor, action: "create", entity: "Finding", entityId: row.id, unitId: inspection.unitId, criterionCode: input.criterionCode, newValue: input }, tx);
    return row;
  });
}
