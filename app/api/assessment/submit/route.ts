// The unit head submits the unit's self-assessment; refused with the leaves still missing.
import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { submitInput } from "@/lib/assessment/schemas";
import { submitUnit } from "@/lib/assessment/submission";

export const POST = authedRoute("assessment:submit", { body: submitInput }, async (_req, user, { body }) =>
  NextResponse.json(await submitUnit(user, body)),
);
