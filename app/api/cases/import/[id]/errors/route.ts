import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { importJobErrors } from "@/lib/cases/import-job";
import { parseId } from "@/lib/ids";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const cell = (s: string | number) =>
  /[",\n]/.test(String(s)) ? `"${String(s).replace(/"/g, '""')}"` : String(s);

/** The error report of a failed import, as CSV (opens in Excel with Vietnamese text intact). */
export const GET = authedRoute<{ params: Promise<{ id: string }> }>(
  "cases:import",
  async (_req, _user, ctx) => {
    const id = parseId((await ctx.params).id) ?? 0;
    const errors = await importJobErrors(id);
    if (!errors) return NextResponse.json({ error: "Không tìm thấy lượt nhập" }, { status: 404 });
    const body = `\uFEFFdong,cot,loi\n${errors.map((e) => [e.row, e.column ?? "", e.message].map(cell).join(",")).join("\n")}\n`;
    return new Response(body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="loi-nhap-ho-so-${id}.csv"`,
      },
    });
  },
);
