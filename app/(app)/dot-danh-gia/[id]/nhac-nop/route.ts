// GET /dot-danh-gia/9/nhac-nop — the units of round 9 that have not submitted, as XLSX (rounds:manage).
import { authedRoute } from "@/lib/auth/route";
import { reminderList } from "@/lib/assessment/reminders";
import { reminderWorkbook } from "@/lib/reports/xlsx/reminder-workbook";
import { attachment, XLSX_TYPE } from "@/lib/reports/xlsx/sheet";
import { idParams } from "@/lib/ids";

export const GET = authedRoute(
  "rounds:manage",
  { params: idParams, notFound: "Không tìm thấy đợt đánh giá" },
  async (_req, _user, { params }) => {
    const list = await reminderList(params.id);
    const body = await reminderWorkbook(list).xlsx.writeBuffer();
    return new Response(body as ArrayBuffer, {
      headers: {
        "Content-Type": XLSX_TYPE,
        "Content-Disposition": attachment(`chua-nop-tu-danh-gia-${list.round.year}-${list.round.group}.xlsx`),
        "Cache-Control": "private, no-store",
      },
    });
  },
);
