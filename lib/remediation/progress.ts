// Moving an item through its life and recording progress with evidence. Every status change is
// audited with the old and new status and the reason, and kept as a line in the item's history.
import { db, type Db } from "../db/client";
import { can } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from "../errors";
import { storeAttachment } from "../files/attachments";
import { discardStoredFile } from "../files/storage";
import type { ProgressInput, StatusInput } from "./inputs";
import { requireOwnPlan, type RemediationActor } from "./plans";
import { STATUS_LABELS, checkTransition, type Mover } from "./status";

async function loadItem(itemId: number) {
  const item = await db().remediationItem.findUnique({
    where: { id: itemId },
    include: { plan: { select: { unitId: true, year: true } } },
  });
  if (!item) throw new NotFoundError("Không tìm thấy mục khắc phục");
  return item;
}

export async function changeItemStatus(input: StatusInput, actor: RemediationActor) {
  const item = await loadItem(input.itemId);
  const movers: Mover[] = [];
  if (can(actor, "remediation:write", item.plan.unitId)) movers.push("unit");
  if (can(actor, "remediation:verify", item.plan.unitId)) movers.push("verifier");
  if (!movers.length)
    throw new ForbiddenError("Bạn không có quyền thay đổi trạng thái mục khắc phục này.", item.plan.unitId);
  const check = checkTransition(item.status, input.to, movers, input.reason);
  if (!check.ok)
    throw new DomainError(
      check.error,
      check.status,
      check.field ? { [check.field]: [check.error] } : undefined,
    );
  const now = new Date();
  const data =
    input.to === "DONE"
      ? { doneAt: now }
      : input.to === "VERIFIED"
        ? { verifiedById: actor.id, verifiedAt: now, verificationNote: input.reason }
        : input.to === "REOPENED"
          ? { verifiedById: null, verifiedAt: null, verificationNote: input.reason, doneAt: null }
          : {};
  return db().$transaction(async (tx) => {
    // Only from the status we checked: a concurrent change makes this a conflict, not a skip.
    const { count } = await tx.remediationItem.updateMany({
      where: { id: item.id, status: item.status },
      data: { status: input.to, ...data },
    });
    if (!count) throw new ConflictError("Mục này vừa được người khác cập nhật. Vui lòng tải lại trang.");
    await tx.remediationUpdate.create({
      data: {
        itemId: item.id,
        note: `${check.transition.label}${input.reason ? `: ${input.reason}` : ""}`,
        createdById: actor.id,
      },
    });
    await recordAudit(
      {
        actor,
        action: "status",
        entity: "RemediationItem",
        entityId: item.id,
        unitId: item.plan.unitId,
        criterionCode: item.criterionCode,
        oldValue: { status: item.status },
        newValue: { status: input.to },
        reason: input.reason,
      },
      tx,
    );
    return { id: item.id, from: item.status, to: input.to, label: STATUS_LABELS[input.to] };
  });
}

export async function addProgressUpdate(input: ProgressInput, actor: RemediationActor) {
  const item = await loadItem(input.itemId);
  await requireOwnPlan(actor, item.plan.unitId, `remediation-item:${item.id}`);
  let storageKey: string | null = null;
  try {
    return await db().$transaction(async (tx) => {
      // The item row is held until commit: a verification waits for this update, or this update sees it.
      const [locked] = await tx.$queryRaw<
        { status: string }[]
      >`SELECT status FROM "RemediationItem" WHERE id = ${item.id} FOR SHARE`;
      if (!locked) throw new NotFoundError("Không tìm thấy mục khắc phục");
      const replayed = await storedReplay(tx, item.id, input.clientKey);
      if (replayed) return replayed;
      if (locked.status === "VERIFIED")
        throw new DomainError("Mục đã được xác nhận khắc phục; không cập nhật thêm.", 409);
      // The attachment row, the update and the audit entry are written together or not at all.
      const attachment = input.file
        ? await storeAttachment({ file: input.file, unitId: item.plan.unitId, uploadedById: actor.id }, tx)
        : null;
      storageKey = attachment?.storageKey ?? null;
      const update = await tx.remediationUpdate.create({
        data: {
          itemId: item.id,
          note: input.note,
          attachmentId: attachment?.id ?? null,
          createdById: actor.id,
          clientKey: input.clientKey ?? null,
        },
      });
      await recordAudit(
        {
          actor,
          action: "progress",
          entity: "RemediationItem",
          entityId: item.id,
          unitId: item.plan.unitId,
          criterionCode: item.criterionCode,
          newValue: {
            updateId: update.id,
            note: input.note,
            attachment: attachment
              ? { id: attachment.id, name: attachment.originalName, sha256: attachment.sha256 }
              : null,
          },
        },
        tx,
      );
      return update;
    });
  } catch (e) {
    if (storageKey) await discardStoredFile(storageKey);
    // the same submission committed meanwhile by a replay running beside this one
    const replayed =
      (e as { code?: string }).code === "P2002" ? await storedReplay(db(), item.id, input.clientKey) : null;
    if (replayed) return replayed;
    throw e;
  }
}

/** The update a replayed submission already added, if any. */
async function storedReplay(
  client: Pick<Db, "remediationUpdate">,
  itemId: number,
  clientKey: string | null | undefined,
) {
  if (!clientKey) return null;
  return client.remediationUpdate.findUnique({ where: { itemId_clientKey: { itemId, clientKey } } });
}
