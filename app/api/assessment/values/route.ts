// Saves a unit's self-assessment values (draft). The service checks the unit, the window and the versions.
// A leaf saved meanwhile by someone else answers 409 with their value beside each result.
import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { parseBody } from "@/lib/assessment/http";
import { selfValuesInput } from "@/lib/assessment/schemas";
import { saveSelfValues } from "@/lib/assessment/values";

export const POST = authedRoute("assessment:write", async (req, user) => {
  const body = await parseBody(req, selfValuesInput);
  if ("response" in body) return body.response;
  const saved = await saveSelfValues(user, body.data);
  return NextResponse.json(saved, { status: saved.results.some((r) => !r.ok && r.conflict) ? 409 : 200 });
});
