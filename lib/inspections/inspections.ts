// Recording inspection visits and their findings. The checks live here, not only in the pages:
// inspectors and Home Affairs plan visits; a finding is recorded only by a member of that
// inspection's team (or Home Affairs); a criterion code must exist in the unit's criteria set.
import { db } from "../db/client";
import { can, type Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { DomainError, ForbiddenError, NotFoundError, fieldError } from "../errors";
import { dateOfDay } from "../remediation/status";
import { fmtDate } from "../format";
import { criteriaCodesFor, criterionCodeError, ratingChoices } from "./criteria-codes";
import type { ConclusionInput, FindingInput, InspectionEditInput, InspectionInput } from "./inspection-input";

export type InspectionActor = Actor & { username: string };

const TEAM_ROLES = ["INSPECTOR", "ADMIN"] as const;

export function requireWrite(actor: InspectionActor) {
  if (!can(actor, "inspections:write"))
    throw new ForbiddenError("Chỉ đoàn kiểm tra hoặc Sở Nội vụ được ghi nhận kết quả kiểm tra.");
}

export async function createInspection(input: InspectionInput, actor: InspectionActor) {
  requireWrite(actor);
  const { lead, memberIds } = await checkedTeam(input, actor);
  await refuseSameDecision(input.decisionNumber, null);
  const data = {
    decisionNumber: input.decisionNumber,
    decisionDate: dateOfDay(input.decisionDate),
    unitId: input.unitId,
    visitDate: dateOfDay(input.visitDate),
    teamLead: lead.name,
    notes: input.notes,
    createdById: actor.id,
  };
  return db().$transaction(async (tx) => {
    const row = await tx.inspection.create({
      data: {
        ...data,
        members: { create: teamRows(lead.id, memberIds) },
      },
    });
    await recordAudit(
      {
        actor,
        action: "create",
        entity: "Inspection",
        entityId: row.id,
        unitId: row.unitId,
        newValue: { ...input, teamLead: lead.name, memberIds },
      },
      tx,
    );
    return row;
  });
}

/** The team's member rows: the lead, then the others. */
const teamRows = (leadId: number, memberIds: number[]) => [
  { userId: leadId, isLead: true },
  ...memberIds.map((userId) => ({ userId, isLead: false })),
];

/** The inspected unit, the lead and the members checked: people of the inspection team or Home Affairs. */
async function checkedTeam(input: InspectionInput, actor: InspectionActor) {
  const unit = await db().unit.findUnique({ where: { id: input.unitId }, select: { id: true } });
  if (!unit) throw fieldError("unitId", "Đơn vị được kiểm tra không tồn tại");
  // An inspector who plans a visit is on its team, so that they can record its findings.
  const memberIds = [
    ...new Set([...input.memberIds, ...(actor.role === "INSPECTOR" ? [actor.id] : [])]),
  ].filter((id) => id !== input.leadUserId);
  const people = await db().user.findMany({
    where: { id: { in: [input.leadUserId, ...memberIds] }, active: true, role: { in: [...TEAM_ROLES] } },
    select: { id: true, name: true },
  });
  const lead = people.find((p) => p.id === input.leadUserId);
  if (!lead) throw fieldError("leadUserId", "Trưởng đoàn phải là thành viên đoàn kiểm tra hoặc Sở Nội vụ");
  if (memberIds.some((id) => !people.some((p) => p.id === id)))
    throw fieldError("memberIds", "Thành viên đoàn phải là cán bộ kiểm tra hoặc Sở Nội vụ");
  return { lead, memberIds };
}

/**
 * Corrects an inspection's decision (number, day), visit day, unit and team (its notes are the
 * conclusion's text, kept by concludeInspection): its team or Home Affairs; audited with the old and new values. A decision number another inspection carries is
 * refused; so is moving to another unit once findings or reports exist.
 */
export async function editInspection(input: InspectionEditInput, actor: InspectionActor) {
  requireWrite(actor);
  const inspection = await teamInspection(input.id, actor, "sửa cuộc kiểm tra");
  const { lead, memberIds } = await checkedTeam(input, actor);
  await refuseSameDecision(input.decisionNumber, inspection.id);
  if (input.unitId !== inspection.unitId && (inspection._count.findings || inspection._count.reports))
    throw fieldError(
      "unitId",
      "Không đổi được đơn vị được kiểm tra: cuộc kiểm tra đã có tồn tại, chỉ đạo hoặc báo cáo khắc phục",
    );
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const before = {
    decisionNumber: inspection.decisionNumber,
    decisionDate: day(inspection.decisionDate),
    unitId: inspection.unitId,
    visitDate: day(inspection.visitDate),
    leadUserId: inspection.members.find((m) => m.isLead)?.userId ?? null,
    memberIds: inspection.members
      .filter((m) => !m.isLead)
      .map((m) => m.userId)
      .sort((a, b) => a - b),
  };
  const after = {
    decisionNumber: input.decisionNumber,
    decisionDate: input.decisionDate,
    unitId: input.unitId,
    visitDate: input.visitDate,
    leadUserId: lead.id,
    memberIds: [...memberIds].sort((a, b) => a - b),
  };
  if (JSON.stringify(before) === JSON.stringify(after)) return inspection;
  return db().$transaction(async (tx) => {
    await tx.inspectionMember.deleteMany({ where: { inspectionId: inspection.id } });
    const row = await tx.inspection.update({
      where: { id: inspection.id },
      data: {
        decisionNumber: after.decisionNumber,
        decisionDate: dateOfDay(after.decisionDate),
        unitId: after.unitId,
        visitDate: dateOfDay(after.visitDate),
        teamLead: lead.name,
        members: { create: teamRows(lead.id, memberIds) },
      },
    });
    await recordAudit(
      {
        actor,
        action: "update",
        entity: "Inspection",
        entityId: inspection.id,
        unitId: inspection.unitId,
        oldValue: before,
        newValue: after,
        reason: "Sửa quyết định, đoàn kiểm tra",
      },
      tx,
    );
    return row;
  });
}

/**
 * An inspection the actor may write to (its team, or Home Affairs), with what hangs on it; 404 when it
 * does not exist, 403 (audited) otherwise. `doing` completes the refusal ("… mới được {doing}.").
 */
export async function teamInspection(id: number, actor: InspectionActor, doing: string) {
  const inspection = await db().inspection.findUnique({
    where: { id },
    include: {
      members: { select: { userId: true, isLead: true } },
      unit: { select: { group: true } },
      _count: { select: { findings: true, reports: true } },
    },
  });
  if (!inspection) throw new NotFoundError("Không tìm thấy cuộc kiểm tra");
  if (!mayRecordFindings(actor, inspection.members))
    throw new ForbiddenError(
      `Chỉ thành viên đoàn kiểm tra của cuộc kiểm tra này hoặc Sở Nội vụ mới được ${doing}.`,
      inspection.unitId,
    );
  return inspection;
}

/** Refuses a decision number another inspection (not `self`) already carries, naming it. */
async function refuseSameDecision(decisionNumber: string, self: number | null) {
  const same = await sameDecision(decisionNumber, self);
  if (same)
    throw fieldError(
      "decisionNumber",
      `Quyết định số ${same.decisionNumber} đã được dùng cho cuộc kiểm tra ${same.unit.name} ngày ${fmtDate(same.visitDate)}`,
    );
}

/** The inspection that already carries this decision number ("04/QĐ-SNV" = " 04 / qđ-snv "), if any. */
async function sameDecision(decisionNumber: string, self: number | null) {
  // the same folding on both sides, so that the server's locale cannot make them differ
  const rows = await db().$queryRaw<{ id: number }[]>`
    select id from "Inspection"
    where id <> ${self ?? 0} and lower(regexp_replace("decisionNumber", '[[:space:]]+', '', 'g')) = lower(regexp_replace(${decisionNumber.normalize("NFC")}, '[[:space:]]+', '', 'g'))
    limit 1`;
  if (!rows[0]) return null;
  return db().inspection.findUniqueOrThrow({
    where: { id: rows[0].id },
    select: { decisionNumber: true, visitDate: true, unit: { select: { name: true } } },
  });
}

/**
 * Deletes an inspection entered in error, with its findings (its team or Home Affairs; audited with
 * what was deleted). Refused, with the reason, once the unit has built on it: remediation items made
 * from its findings, or a report-back sent to the team.
 */
export async function deleteInspection(id: number, actor: InspectionActor): Promise<void> {
  requireWrite(actor);
  const inspection = await db().inspection.findUnique({
    where: { id },
    include: {
      members: { select: { userId: true } },
      findings: { select: { id: true, text: true, _count: { select: { remediationItems: true } } } },
      _count: { select: { reports: true } },
    },
  });
  if (!inspection) throw new NotFoundError("Không tìm thấy cuộc kiểm tra");
  if (!mayRecordFindings(actor, inspection.members)) {
    throw new ForbiddenError(
      "Chỉ thành viên đoàn kiểm tra của cuộc kiểm tra này hoặc Sở Nội vụ mới được xoá cuộc kiểm tra.",
      inspection.unitId,
    );
  }
  const items = inspection.findings.reduce((n, f) => n + f._count.remediationItems, 0);
  if (items)
    throw new DomainError(
      `Không thể xoá: ${items} mục khắc phục của đơn vị được lập từ tồn tại, hạn chế của cuộc kiểm tra này.`,
      409,
    );
  if (inspection._count.reports)
    throw new DomainError(
      "Không thể xoá: đơn vị đã gửi báo cáo kết quả khắc phục cho cuộc kiểm tra này.",
      409,
    );
  await db().$transaction(async (tx) => {
    await tx.inspection.delete({ where: { id } });
    await recordAudit(
      {
        actor,
        action: "delete",
        entity: "Inspection",
        entityId: id,
        unitId: inspection.unitId,
        oldValue: {
          decisionNumber: inspection.decisionNumber,
          visitDate: inspection.visitDate,
          teamLead: inspection.teamLead,
          findings: inspection.findings.map((f) => f.text),
        },
      },
      tx,
    );
  });
}

/** Whether the actor may record findings for this inspection: its team, or Home Affairs. */
export function mayRecordFindings(actor: InspectionActor, members: { userId: number }[]): boolean {
  if (!can(actor, "inspections:write")) return false;
  return actor.role === "ADMIN" || members.some((m) => m.userId === actor.id);
}

export async function addFinding(input: FindingInput, actor: InspectionActor) {
  requireWrite(actor);
  const inspection = await teamInspection(input.inspectionId, actor, "ghi nhận tồn tại, hạn chế");
  if (input.criterionCode) {
    const error = criterionCodeError(
      await criteriaCodesFor(inspection.unit.group, inspection.visitDate.getUTCFullYear()),
      input.criterionCode,
    );
    if (error) throw new DomainError(error, 422, { criterionCode: [error] });
  }
  return db().$transaction(async (tx) => {
    const row = await tx.finding.create({
      data: {
        inspectionId: inspection.id,
        text: input.text,
        criterionCode: input.criterionCode,
        severity: input.severity,
        requiredAction: input.requiredAction,
        dueDate: input.dueDate ? dateOfDay(input.dueDate) : null,
      },
    });
    await recordAudit(
      {
        actor,
        action: "create",
        entity: "Finding",
        entityId: row.id,
        unitId: inspection.unitId,
        criterionCode: input.criterionCode,
        newValue: input,
      },
      tx,
    );
    return row;
  });
}

/**
 * Records (or corrects) the conclusion of an inspection: the conclusion document's number and day, the
 * overall rating (a classification name of the unit's criteria set) and its text. Its team or Home
 * Affairs; audited with the old and new values.
 */
export async function concludeInspection(input: ConclusionInput, actor: InspectionActor) {
  requireWrite(actor);
  const inspection = await teamInspection(input.inspectionId, actor, "ghi kết luận");
  const visit = inspection.visitDate.toISOString().slice(0, 10);
  if (input.conclusionDate < visit)
    throw fieldError(
      "conclusionDate",
      `Ngày kết luận không được trước ngày kiểm tra (${fmtDate(inspection.visitDate)})`,
    );
  const ratings = await ratingChoices(inspection.unit.group, inspection.visitDate.getUTCFullYear());
  if (ratings.length && !ratings.includes(input.rating))
    throw fieldError("rating", `Xếp loại phải là một trong: ${ratings.join(", ")}`);
  const before = {
    conclusionNumber: inspection.conclusionNumber,
    conclusionDate: inspection.conclusionDate?.toISOString().slice(0, 10) ?? null,
    rating: inspection.rating,
    notes: inspection.notes,
  };
  const after = {
    conclusionNumber: input.conclusionNumber,
    conclusionDate: input.conclusionDate,
    rating: input.rating,
    notes: input.notes,
  };
  if (JSON.stringify(before) === JSON.stringify(after)) return inspection;
  return db().$transaction(async (tx) => {
    const row = await tx.inspection.update({
      where: { id: inspection.id },
      data: { ...after, conclusionDate: dateOfDay(after.conclusionDate) },
    });
    await recordAudit(
      {
        actor,
        action: "update",
        entity: "Inspection",
        entityId: inspection.id,
        unitId: inspection.unitId,
        oldValue: before,
        newValue: after,
        reason: "Kết luận kiểm tra",
      },
      tx,
    );
    return row;
  });
}
