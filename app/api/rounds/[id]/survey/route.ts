// Imports a round's survey results from CSV (ma_don_vi,ma_tieu_chi,ty_le); all or nothing.
import { NextResponse } from "next/server";
import { z } from "zod";
import { authedRoute } from "@/lib/auth/route";
import { importSurvey } from "@/lib/assessment/survey";
import { uploadedFile } from "@/lib/files/upload";
import { idParams } from "@/lib/ids";

export const runtime = "nodejs";

export const POST = authedRoute(
  "survey:import",
  { params: idParams, body: z.object({}), notFound: "Không tìm thấy đợt đánh giá" },
  async (_req, user, { params, form }) => {
    const file = uploadedFile(form, {
      label: "tệp CSV kết quả điều tra",
      extensions: [".csv"],
      maxBytes: 5 * 1024 * 1024,
    });
    return NextResponse.json(await importSurvey(user, params.id, Buffer.from(await file.arrayBuffer())));
  },
);
