// The unit head submits the unit's self-assessment; refused with the leaves still missing.
import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { parseBody } from "@/lib/assessment/http";
import { submitInput } from "@/lib/assessment/schemas";
import { submitUnit } from "@/lib/assessment/submission";

export const POST = authedRoute("assessment:submit", async (req, user) => {
  const body = await parseBody(req, submitInput);
  if ("response" in body) return body.response;
  return NextResponse.json(await submitUnit(user, body.data));
});
