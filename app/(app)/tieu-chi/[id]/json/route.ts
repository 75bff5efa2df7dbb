// Export a criteria set as interfaces.md JSON (download).
import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { criteriaSetExport } from "@/lib/criteria/export";
import { parseId } from "@/lib/ids";

export const GET = authedRoute(
  "criteria:read",
  async (_req, _user, ctx: { params: Promise<{ id: string }> }) => {
    const id = parseId((await ctx.params).id);
    const file = id !== null ? await criteriaSetExport(id) : null;
    if (!file) return NextResponse.json({ error: "Không tìm thấy bộ tiêu chí" }, { status: 404 });
    return new Response(`${JSON.stringify(file.json, null, 2)}\n`, {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="${file.filename}"`,
      },
    });
  },
);
