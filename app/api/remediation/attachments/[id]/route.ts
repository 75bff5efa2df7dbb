// Evidence attached to a remediation update: readable by whoever may read that unit's plan.
import { authedRoute } from "@/lib/auth/route";
import { requireUnitAccess } from "@/lib/auth/forbidden";
import { attachmentResponse, readAttachment, remediationAttachmentUnitId } from "@/lib/files/attachments";
import { NotFoundError } from "@/lib/errors";
import { idParams } from "@/lib/ids";

const NOT_FOUND = "Không tìm thấy tệp";

export const GET = authedRoute(
  "remediation:read",
  { params: idParams, notFound: NOT_FOUND },
  async (req, user, { params: { id } }) => {
    const unitId = await remediationAttachmentUnitId(id);
    if (unitId === null) throw new NotFoundError(NOT_FOUND);
    await requireUnitAccess(user, "remediation:read", unitId, `route:${new URL(req.url).pathname}`);
    const file = await readAttachment(id);
    if (!file) throw new NotFoundError(NOT_FOUND);
    return attachmentResponse(file.row, file.data);
  },
);
