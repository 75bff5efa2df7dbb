// Follow-up directives issued after an inspection visit (văn bản chỉ đạo khắc phục): findings of kind
// DIRECTIVE, addressed to a unit, tracked by it like any finding (lib/remediation).
import type { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { recordAudit } from "../audit/record";
import { notify, unitPeople } from "../notices/notify";
import { fieldError } from "../errors";
import { dateOfDay } from "../remediation/status";
import { fmtDate } from "../format";
import { requireWrite, teamInspection, type InspectionActor } from "./inspections";
import type { DirectiveInput } from "./inspection-input";

/**
 * Adds a follow-up directive issued after the visit: its team or Home Affairs; the document's day is
 * not before the visit; the addressed unit (the inspected one when none is named) must exist on that
 * day. It becomes a finding of kind DIRECTIVE, so the unit tracks it like any finding (remediation
 * items, the report-back, the overdue list). Audited.
 */
export async function addDirective(input: DirectiveInput, actor: InspectionActor) {
  requireWrite(actor);
  const inspection = await teamInspection(input.inspectionId, actor, "ban hành chỉ đạo khắc phục");
  if (input.documentDate < inspection.visitDate.toISOString().slice(0, 10))
    throw fieldError(
      "documentDate",
      `Ngày văn bản không được trước ngày kiểm tra (${fmtDate(inspection.visitDate)})`,
    );
  const addressedUnitId = input.addressedUnitId ?? inspection.unitId;
  const addressed = await db().unit.findUnique({
    where: { id: addressedUnitId },
    select: { id: true, name: true, validFrom: true, validTo: true },
  });
  if (!addressed) throw fieldError("addressedUnitId", "Đơn vị thực hiện không tồn tại");
  const day = dateOfDay(input.documentDate);
  if ((addressed.validFrom && addressed.validFrom > day) || (addressed.validTo && addressed.validTo < day))
    throw fieldError(
      "addressedUnitId",
      `${addressed.name} không còn (hoặc chưa) hoạt động ngày ${fmtDate(day)}; chọn đơn vị kế thừa`,
    );
  return db().$transaction(async (tx) => {
    const row = await tx.finding.create({
      data: {
        inspectionId: inspection.id,
        kind: "DIRECTIVE",
        documentNumber: input.documentNumber,
        documentDate: day,
        addressedUnitId: addressedUnitId === inspection.unitId ? null : addressedUnitId,
        text: input.text,
        requiredAction: input.text,
        dueDate: dateOfDay(input.dueDate),
      },
    });
    await recordAudit(
      {
        actor,
        action: "create",
        entity: "Directive",
        entityId: row.id,
        unitId: addressedUnitId,
        newValue: { ...input, addressedUnitId },
      },
      tx,
    );
    await notify(tx, await unitPeople(tx, [addressedUnitId]), {
      kind: "DIRECTIVE_ISSUED",
      key: `chi-dao:${row.id}`,
      text: `Văn bản chỉ đạo số ${input.documentNumber} ngày ${fmtDate(day)}: ${input.text} (hạn ${fmtDate(dateOfDay(input.dueDate))})`,
      link: `/khac-phuc`,
    });
    return row;
  });
}

/** Findings and directives a unit must act on: those addressed to it, and its own inspections' others. */
export function addressedTo(unitId: number) {
  return {
    OR: [{ addressedUnitId: unitId }, { addressedUnitId: null, inspection: { unitId } }],
  } satisfies Prisma.FindingWhereInput;
}
