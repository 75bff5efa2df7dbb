// Attachment rows for stored files (remediation evidence): the type is read from the file's first
// bytes, not trusted from the browser. Callers check who may attach to and read what.
import { db, type Db } from "../db/client";
import { fieldError } from "../errors";
import { ATTACHMENT_MAX_BYTES } from "./limits";
import { checkedFile } from "./upload";
import {
  discardStoredFile,
  displayName,
  downloadName,
  readStoredFile,
  sniffMime,
  writeStoredFile,
} from "./storage";

export { ATTACHMENT_ACCEPT, ATTACHMENT_MAX_BYTES } from "./limits";

export type StoreInput = { file: File; unitId: number | null; uploadedById: number; field?: string };
type Tx = Pick<Db, "attachment">;

/**
 * Checks and stores one uploaded file; returns its Attachment row. Refusals name the form field
 * (`field`, default "file") so the form can show them next to the input.
 */
export async function storeAttachment(
  { file, unitId, uploadedById, field = "file" }: StoreInput,
  tx: Tx = db(),
) {
  checkedFile(file, { label: "tệp đính kèm", maxBytes: ATTACHMENT_MAX_BYTES, field });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mime = sniffMime(bytes);
  if (!mime) throw fieldError(field, "Tệp đính kèm phải là PDF hoặc ảnh (PNG, JPEG, WebP)");
  const { storageKey, sha256 } = await writeStoredFile(bytes, mime);
  try {
    return await tx.attachment.create({
      data: {
        storageKey,
        originalName: displayName(file.name),
        mimeType: mime,
        size: bytes.length,
        sha256,
        unitId,
        uploadedById,
      },
    });
  } catch (e) {
    await discardStoredFile(storageKey);
    throw e;
  }
}

export async function readAttachment(id: number) {
  const row = await db().attachment.findUnique({ where: { id } });
  if (!row) return null;
  const data = await readStoredFile(row.storageKey).catch(() => null);
  return data ? { row, data } : null;
}

/** The download response: the stored type, the user's file name, never sniffed by the browser. */
export function attachmentResponse(row: { originalName: string; mimeType: string }, data: Buffer): Response {
  const name = downloadName(row.originalName, row.mimeType);
  const ascii =
    name
      .normalize("NFD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\]/g, "_") || "tep";
  return new Response(new Uint8Array(data), {
    headers: {
      "Content-Type": row.mimeType,
      "Content-Length": String(data.length),
      "Content-Disposition": `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

/** The unit whose remediation plan holds this attachment (evidence of a progress update); null when none does. */
export async function remediationAttachmentUnitId(attachmentId: number): Promise<number | null> {
  const owner = await db().remediationUpdate.findUnique({
    where: { attachmentId },
    select: { item: { select: { plan: { select: { unitId: true } } } } },
  });
  return owner?.item.plan.unitId ?? null;
}
