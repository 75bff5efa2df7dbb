// GET /dot-danh-gia/9/nhac-nop — the units of round 9 that have not submitted, as XLSX (rounds:manage).
import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { reminderList } from "@/lib/assessment/reminders";
import { reminderWorkbook } from "@/lib/reports/xlsx/reminder-workbook";
import { attachment, XLSX_TYPE } from "@/lib/reports/xlsx/sheet";
import { parseId } from "@/lib/ids";

type Ctx = { params: Promise<{ id: string }> };

export const GET = authedRoute<Ctx>("rounds:manage", async (_req, _user, ctx) => {
  const id = parseId((await ctx.params).id);
  if (id === null) return NextResponse.json({ error: "Không tìm thấy đợt đánh giá" }, { status: 404 });
  const list = await reminderList(id);
  const body = await reminderWorkbook(list).xlsx.writeBuffer();
  return new Response(body as ArrayBuffer, {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": attachment(`chua-nop-tu-danh-gia-${list.round.year}-${list.round.group}.xlsx`),
      "Cache-Control": "private, no-store",
    },
  });
});
