// GET /xep-hang/xuat-excel?nam=2023&khoi=SO — the league table as XLSX (rankings:read).
import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { rankingRounds } from "@/lib/queries/reports/ranking-rounds";
import { rankingData } from "@/lib/queries/reports/rankings";
import { pickRound } from "@/lib/reports/pick-round";
import { rankingsWorkbook } from "@/lib/reports/xlsx/rankings-workbook";
import { attachment, XLSX_TYPE } from "@/lib/reports/xlsx/sheet";

export const GET = authedRoute("rankings:read", async (req) => {
  const sp = Object.fromEntries(new URL(req.url).searchParams);
  const pick = pickRound(sp, await rankingRounds());
  const data = pick ? await rankingData(pick.year, pick.group) : null;
  if (!data)
    return NextResponse.json({ error: "Không có đợt đánh giá cho năm và khối này" }, { status: 404 });
  const body = await rankingsWorkbook(data).xlsx.writeBuffer();
  return new Response(body as ArrayBuffer, {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": attachment(
        `xep-hang-${data.year}-${data.group}${data.kind === "live" ? "-tam-tinh" : ""}.xlsx`,
      ),
      "Cache-Control": "private, no-store",
    },
  });
});
