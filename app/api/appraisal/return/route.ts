// Home Affairs returns a submission to the unit for completion, with a reason.
import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { parseBody } from "@/lib/assessment/http";
import { returnInput } from "@/lib/assessment/schemas";
import { returnSubmission } from "@/lib/assessment/submission";

export const POST = authedRoute("appraisal:write", async (req, user) => {
  const body = await parseBody(req, returnInput);
  if ("response" in body) return body.response;
  await returnSubmission(user, body.data);
  return NextResponse.json({ ok: true });
});
