// POST { to, reason } — the same status change as the plan page's buttons, for scripts and for
// testing the rules by direct requests. The service decides who may make which move.
import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { statusInput } from "@/lib/remediation/inputs";
import { changeItemStatus } from "@/lib/remediation/progress";
import { idParams } from "@/lib/ids";

export const POST = authedRoute(
  "remediation:read",
  { params: idParams, body: statusInput.omit({ itemId: true }), notFound: "Không tìm thấy mục khắc phục" },
  async (_req, user, { params, body }) =>
    NextResponse.json(await changeItemStatus({ ...body, itemId: params.id }, user)),
);
