// Home Affairs returns a submission to the unit for completion, with a reason.
import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { returnInput } from "@/lib/assessment/schemas";
import { returnSubmission } from "@/lib/assessment/submission";

export const POST = authedRoute("appraisal:write", { body: returnInput }, async (_req, user, { body }) => {
  await returnSubmission(user, body);
  return NextResponse.json({ ok: true });
});
