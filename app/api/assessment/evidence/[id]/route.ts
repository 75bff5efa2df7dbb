// Removes one piece of evidence (the unit's own, inside the window, before submission).
import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { removeEvidence } from "@/lib/assessment/evidence";
import { idParams } from "@/lib/ids";

export const DELETE = authedRoute(
  "assessment:write",
  { params: idParams, notFound: "Không tìm thấy tài liệu" },
  async (_req, user, { params }) => {
    await removeEvidence(user, params.id);
    return NextResponse.json({ ok: true });
  },
);
