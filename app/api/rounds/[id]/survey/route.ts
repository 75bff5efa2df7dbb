// Imports a round's survey results from CSV (ma_don_vi,ma_tieu_chi,ty_le); all or nothing.
import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { importSurvey } from "@/lib/assessment/survey";
import { parseId } from "@/lib/ids";

export const runtime = "nodejs";
type Ctx = { params: Promise<{ id: string }> };

export const POST = authedRoute<Ctx>("survey:import", async (req, user, ctx) => {
  const roundId = parseId((await ctx.params).id);
  if (roundId === null) return NextResponse.json({ error: "Không tìm thấy đợt đánh giá" }, { status: 404 });
  const form = await req.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File) || file.size === 0)
    return NextResponse.json(
      { error: "Chọn tệp CSV kết quả điều tra", fieldErrors: { file: ["Chọn tệp CSV"] } },
      { status: 422 },
    );
  if (file.size > 5 * 1024 * 1024)
    return NextResponse.json(
      { error: "Tệp lớn hơn 5 MB", fieldErrors: { file: ["Tệp lớn hơn 5 MB"] } },
      { status: 422 },
    );
  return NextResponse.json(await importSurvey(user, roundId, Buffer.from(await file.arrayBuffer())));
});
