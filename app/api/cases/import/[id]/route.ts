import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { importJobView } from "@/lib/cases/import-job";
import { idParams } from "@/lib/ids";
import { NotFoundError } from "@/lib/errors";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";
const NOT_FOUND = "Không tìm thấy lượt nhập";

export const GET = authedRoute(
  "cases:import",
  { params: idParams, notFound: NOT_FOUND },
  async (_req, _user, { params }) => {
    const job = await importJobView(params.id);
    if (!job) throw new NotFoundError(NOT_FOUND);
    return NextResponse.json(job);
  },
);
