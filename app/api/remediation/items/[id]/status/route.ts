// POST { to, reason } — the same status change as the plan page's buttons, for scripts and for
// testing the rules by direct requests. The service decides who may make which move.
import { NextResponse } from "next/server";
import { z } from "zod";
import { authedRoute } from "@/lib/auth/route";
import { statusInput } from "@/lib/remediation/inputs";
import { changeItemStatus } from "@/lib/remediation/progress";

export const POST = authedRoute<{ params: Promise<{ id: string }> }>(
  "remediation:read",
  async (req, user, { params }) => {
    const body = await req.json().catch(() => null);
    const parsed = statusInput.safeParse({
      ...(body && typeof body === "object" ? body : {}),
      itemId: (await params).id,
    });
    if (!parsed.success)
      return NextResponse.json(
        { error: "Dữ liệu chưa hợp lệ", fieldErrors: z.flattenError(parsed.error).fieldErrors },
        { status: 422 },
      );
    return NextResponse.json(await changeItemStatus(parsed.data, user));
  },
);
