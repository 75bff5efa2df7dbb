// Removes one piece of evidence (the unit's own, inside the window, before submission).
import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { removeEvidence } from "@/lib/assessment/evidence";
import { parseId } from "@/lib/ids";

type Ctx = { params: Promise<{ id: string }> };

export const DELETE = authedRoute<Ctx>("assessment:write", async (_req, user, ctx) => {
  const id = parseId((await ctx.params).id);
  if (id === null) return NextResponse.json({ error: "Không tìm thấy tài liệu" }, { status: 404 });
  await removeEvidence(user, id);
  return NextResponse.json({ ok: true });
});
