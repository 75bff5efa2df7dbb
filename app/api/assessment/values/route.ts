// Saves a unit's self-assessment values (draft). The service checks the unit, the window and the versions.
import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { parseBody } from "@/lib/assessment/http";
import { selfValuesInput } from "@/lib/assessment/schemas";
import { saveSelfValues } from "@/lib/assessment/values";

export const POST = authedRoute("assessment:write", async (req, user) => {
  const body = await parseBody(req, selfValuesInput);
  if ("response" in body) return body.response;
  return NextResponse.json(await saveSelfValues(user, body.data));
});
