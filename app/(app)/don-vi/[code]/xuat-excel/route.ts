// GET /don-vi/SO_TTTT/xuat-excel?nam=2023 — a unit's detail as XLSX (units:read; unit roles: own unit only).
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import { authedRoute } from "@/lib/auth/route";
import { requireUnitAccess } from "@/lib/auth/forbidden";
import { unitByCode } from "@/lib/units/queries";
import { unitProfileData } from "@/lib/queries/reports/unit-profile";
import { unitWorkbook } from "@/lib/reports/xlsx/unit-workbook";
import { attachment, XLSX_TYPE } from "@/lib/reports/xlsx/sheet";

const NOT_FOUND = "Không tìm thấy đơn vị";

export const GET = authedRoute(
  "units:read",
  { params: z.object({ code: z.string().min(1).max(100) }), notFound: NOT_FOUND },
  async (req, user, { params }) => {
    const unit = await unitByCode(decodeURIComponent(params.code));
    if (!unit) throw new NotFoundError(NOT_FOUND);
    await requireUnitAccess(user, "units:read", unit.id, `route:${new URL(req.url).pathname}`);
    const year = Number(new URL(req.url).searchParams.get("nam")) || null;
    const data = await unitProfileData(unit, year);
    const body = await unitWorkbook(data).xlsx.writeBuffer();
    return new Response(body as ArrayBuffer, {
      headers: {
        "Content-Type": XLSX_TYPE,
        "Content-Disposition": attachment(`chi-so-cchc-${unit.code}-${data.current?.year ?? ""}.xlsx`),
        "Cache-Control": "private, no-store",
      },
    });
  },
);
