import "server-only";
// Evidence (tài liệu kiểm chứng) per leaf: document number and date, page or section, and an
// optional PDF. Added and removed only by the unit, inside the window; files are read back only by
// users allowed to read that unit's assessment.
import { db } from "../db/client";
import { requireUnitAccess } from "../auth/forbidden";
import { can } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { DomainError, NotFoundError } from "../errors";
import { discardStoredFile, displayName, readStoredFile, writeStoredFile } from "../files/storage";
import { assertUnitInRound, forUnit, loadRound, loadUnit, roundLeaves, type AssessmentUser } from "./context";
import { isSelfScored } from "./validation";
import { assertUnitMayEdit, lockUnitEdit } from "./values";
import { pdfProblem } from "./pdf";
import type { EvidenceInput } from "./schemas";

export type UploadedFile = { bytes: Buffer; name: string };

export type EvidenceView = {
  id: number;
  documentNumber: string | null;
  documentDate: string | null;
  pageOrSection: string | null;
  attachment: { id: number; name: string; size: number } | null;
};

export const evidenceSelect = {
  id: true,
  documentNumber: true,
  documentDate: true,
  pageOrSection: true,
  attachment: { select: { id: true, originalName: true, size: true } },
} as const;

export function toEvidenceView(e: {
  id: number;
  documentNumber: string | null;
  documentDate: Date | null;
  pageOrSection: string | null;
  attachment: { id: number; originalName: string; size: number } | null;
}): EvidenceView {
  return {
    id: e.id,
    documentNumber: e.documentNumber,
    documentDate: e.documentDate ? e.documentDate.toISOString().slice(0, 10) : null,
    pageOrSection: e.pageOrSection,
    attachment: e.attachment
      ? { id: e.attachment.id, name: e.attachment.originalName, size: e.attachment.size }
      : null,
  };
}

export async function addEvidence(
  user: AssessmentUser,
  input: EvidenceInput,
  file: UploadedFile | null,
  now = new Date(),
) {
  await requireUnitAccess(
    user,
    "assessment:write",
    input.unitId,
    `evidence:${input.roundId}:${input.unitId}`,
  );
  const [round, unit] = await Promise.all([loadRound(input.roundId), loadUnit(input.unitId)]);
  assertUnitInRound(unit, round);
  await assertUnitMayEdit(round, unit.id, now);
  const leaf = (await roundLeaves(round.criteriaSetId)).get(input.code);
  if (!leaf || !isSelfScored(forUnit(leaf, unit.type)))
    throw new DomainError(`Tiêu chí ${input.code} không nhận tài liệu kiểm chứng của đơn vị`, 422, {
      code: ["Tiêu chí không hợp lệ"],
    });
  if (!input.documentNumber && !file)
    throw new DomainError("Nhập số văn bản hoặc đính kèm tệp PDF", 422, {
      documentNumber: ["Nhập số văn bản hoặc đính kèm tệp PDF"],
    });
  if (file) {
    const problem = pdfProblem(file.bytes);
    if (problem) throw new DomainError(problem, 422, { file: [problem] });
  }
  const stored = file ? await writeStoredFile(file.bytes, "application/pdf", now) : null;
  try {
    return await db().$transaction(async (tx) => {
      await lockUnitEdit(tx, user, round.id, unit.id, now);
      const value = await tx.assessmentValue.upsert({
        where: { roundId_unitId_nodeId: { roundId: round.id, unitId: unit.id, nodeId: leaf.nodeId } },
        create: { roundId: round.id, unitId: unit.id, nodeId: leaf.nodeId, updatedById: user.id },
        update: {},
      });
      const attachment =
        stored && file
          ? await tx.attachment.create({
              data: {
                storageKey: stored.storageKey,
                sha256: stored.sha256,
                originalName: displayName(file.name, "tai-lieu.pdf"),
                mimeType: "application/pdf",
                size: file.bytes.length,
                unitId: unit.id,
                uploadedById: user.id,
              },
            })
          : null;
      const doc = await tx.evidenceDocument.create({
        data: {
          valueId: value.id,
          documentNumber: input.documentNumber ?? null,
          documentDate: input.documentDate ?? null,
          pageOrSection: input.pageOrSection ?? null,
          attachmentId: attachment?.id ?? null,
          createdById: user.id,
        },
        select: evidenceSelect,
      });
      const view = toEvidenceView(doc);
      await recordAudit(
        {
          actor: { id: user.id, username: user.username },
          action: "create",
          entity: "EvidenceDocument",
          entityId: doc.id,
          unitId: unit.id,
          roundId: round.id,
          criterionCode: input.code,
          newValue: {
            documentNumber: view.documentNumber,
            documentDate: view.documentDate,
            pageOrSection: view.pageOrSection,
            file: attachment
              ? { name: attachment.originalName, size: attachment.size, sha256: attachment.sha256 }
              : null,
          },
        },
        tx,
      );
      return { evidence: view, valueId: value.id, version: value.version };
    });
  } catch (e) {
    if (stored) await discardStoredFile(stored.storageKey);
    throw e;
  }
}

async function evidenceWithOwner(evidenceId: number) {
  const doc = await db().evidenceDocument.findUnique({
    where: { id: evidenceId },
    include: {
      attachment: true,
      value: { select: { unitId: true, roundId: true, node: { select: { code: true } } } },
    },
  });
  if (!doc) throw new NotFoundError("Không tìm thấy tài liệu kiểm chứng");
  return doc;
}

export async function removeEvidence(user: AssessmentUser, evidenceId: number, now = new Date()) {
  const doc = await evidenceWithOwner(evidenceId);
  const { unitId, roundId } = doc.value;
  await requireUnitAccess(user, "assessment:write", unitId, `evidence:${evidenceId}`);
  await assertUnitMayEdit(await loadRound(roundId), unitId, now);
  await db().$transaction(async (tx) => {
    await lockUnitEdit(tx, user, roundId, unitId, now);
    await tx.evidenceDocument.delete({ where: { id: doc.id } });
    if (doc.attachment) await tx.attachment.delete({ where: { id: doc.attachment.id } });
    await recordAudit(
      {
        actor: { id: user.id, username: user.username },
        action: "delete",
        entity: "EvidenceDocument",
        entityId: doc.id,
        unitId,
        roundId,
        criterionCode: doc.value.node.code,
        oldValue: {
          documentNumber: doc.documentNumber,
          documentDate: doc.documentDate?.toISOString().slice(0, 10) ?? null,
          pageOrSection: doc.pageOrSection,
          file: doc.attachment ? { name: doc.attachment.originalName, sha256: doc.attachment.sha256 } : null,
        },
      },
      tx,
    );
  });
  if (doc.attachment) await discardStoredFile(doc.attachment.storageKey);
}

/** An evidence file for a user allowed to read that unit's assessment; 404 otherwise (and audited). */
export async function evidenceFileFor(user: AssessmentUser, attachmentId: number) {
  const att = await db().attachment.findUnique({
    where: { id: attachmentId },
    include: { evidence: { include: { value: { select: { unitId: true } } } } },
  });
  if (!att || !att.evidence) throw new NotFoundError("Không tìm thấy tệp");
  const unitId = att.evidence.value.unitId;
  if (!can(user, "assessment:read", unitId)) {
    await requireUnitAccess(user, "assessment:read", unitId, `attachment:${attachmentId}`);
  }
  return { bytes: await readStoredFile(att.storageKey), name: att.originalName, mimeType: att.mimeType };
}
