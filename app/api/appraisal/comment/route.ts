// The appraisers' general comment to a unit.
import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { setUnitComment } from "@/lib/assessment/appraisal";
import { unitCommentInput } from "@/lib/assessment/schemas";

export const POST = authedRoute(
  "appraisal:write",
  { body: unitCommentInput },
  async (_req, user, { body }) => {
    await setUnitComment(user, { ...body, comment: body.comment ?? null });
    return NextResponse.json({ ok: true });
  },
);
