// Saves a unit's self-assessment values (draft). The service checks the unit, the window and the versions.
// A leaf saved meanwhile by someone else answers 409 with their value beside each result.
import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { selfValuesInput } from "@/lib/assessment/schemas";
import { saveSelfValues } from "@/lib/assessment/values";

export const POST = authedRoute(
  "assessment:write",
  { body: selfValuesInput },
  async (_req, user, { body }) => {
    const saved = await saveSelfValues(user, body);
    return NextResponse.json(saved, { status: saved.results.some((r) => !r.ok && r.conflict) ? 409 : 200 });
  },
);
