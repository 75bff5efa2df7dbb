// The appraisers' general comment to a unit.
import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { setUnitComment } from "@/lib/assessment/appraisal";
import { parseBody } from "@/lib/assessment/http";
import { unitCommentInput } from "@/lib/assessment/schemas";

export const POST = authedRoute("appraisal:write", async (req, user) => {
  const body = await parseBody(req, unitCommentInput);
  if ("response" in body) return body.response;
  await setUnitComment(user, { ...body.data, comment: body.data.comment ?? null });
  return NextResponse.json({ ok: true });
});
