// Serves an evidence PDF only to users allowed to read that unit's assessment.
import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { evidenceFileFor } from "@/lib/assessment/evidence";
import { parseId } from "@/lib/ids";
import { downloadName } from "@/lib/files/storage";

export const runtime = "nodejs";
type Ctx = { params: Promise<{ id: string }> };

export const GET = authedRoute<Ctx>("assessment:read", async (_req, user, ctx) => {
  const id = parseId((await ctx.params).id);
  if (id === null) return NextResponse.json({ error: "Không tìm thấy tệp" }, { status: 404 });
  const file = await evidenceFileFor(user, id);
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="tai-lieu-${id}.pdf"; filename*=UTF-8''${encodeURIComponent(downloadName(file.name, "application/pdf"))}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
});
