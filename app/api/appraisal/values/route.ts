// Saves one appraised value (optimistic version; a conflict returns the other appraiser's value).
import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { appraiseValue } from "@/lib/assessment/appraisal";
import { appraisalInput } from "@/lib/assessment/schemas";

export const POST = authedRoute("appraisal:write", { body: appraisalInput }, async (_req, user, { body }) => {
  const result = await appraiseValue(user, body);
  return NextResponse.json(result, { status: result.ok ? 200 : result.conflict ? 409 : 422 });
});
