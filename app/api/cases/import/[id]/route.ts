import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { importJobView } from "@/lib/cases/import-job";
import { parseId } from "@/lib/ids";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = authedRoute<{ params: Promise<{ id: string }> }>(
  "cases:import",
  async (_req, _user, ctx) => {
    const job = await importJobView(parseId((await ctx.params).id) ?? 0);
    return job
      ? NextResponse.json(job)
      : NextResponse.json({ error: "Không tìm thấy lượt nhập" }, { status: 404 });
  },
);
