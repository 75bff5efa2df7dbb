// Saves one appraised value (optimistic version; a conflict returns the other appraiser's value).
import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { appraiseValue } from "@/lib/assessment/appraisal";
import { parseBody } from "@/lib/assessment/http";
import { appraisalInput } from "@/lib/assessment/schemas";

export const POST = authedRoute("appraisal:write", async (req, user) => {
  const body = await parseBody(req, appraisalInput);
  if ("response" in body) return body.response;
  const result = await appraiseValue(user, body.data);
  return NextResponse.json(result, { status: result.ok ? 200 : result.conflict ? 409 : 422 });
});
