// Evidence attached to a remediation update: readable by whoever may read that unit's plan.
import { NextResponse } from "next/server";
import { authedRoute, assertUnit } from "@/lib/auth/route";
import { attachmentResponse, readAttachment, remediationAttachmentUnitId } from "@/lib/files/attachments";
import { parseId } from "@/lib/ids";

export const GET = authedRoute<{ params: Promise<{ id: string }> }>(
  "remediation:read",
  async (req, user, { params }) => {
    const id = parseId((await params).id);
    const unitId = id !== null ? await remediationAttachmentUnitId(id) : null;
    if (unitId === null) return NextResponse.json({ error: "Không tìm thấy tệp" }, { status: 404 });
    const refused = await assertUnit(user, "remediation:read", unitId, req);
    if (refused) return refused;
    const file = await readAttachment(id!);
    if (!file) return NextResponse.json({ error: "Không tìm thấy tệp" }, { status: 404 });
    return attachmentResponse(file.row, file.data);
  },
);
