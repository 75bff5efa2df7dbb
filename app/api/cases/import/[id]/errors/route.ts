import { authedRoute } from "@/lib/auth/route";
import { importJobErrors } from "@/lib/cases/import-job";
import { idParams } from "@/lib/ids";
import { NotFoundError } from "@/lib/errors";

const NOT_FOUND = "Không tìm thấy lượt nhập";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const cell = (s: string | number) =>
  /[",\n]/.test(String(s)) ? `"${String(s).replace(/"/g, '""')}"` : String(s);

/** The error report of a failed import, as CSV (opens in Excel with Vietnamese text intact). */
export const GET = authedRoute(
  "cases:import",
  { params: idParams, notFound: NOT_FOUND },
  async (_req, _user, { params: { id } }) => {
    const errors = await importJobErrors(id);
    if (!errors) throw new NotFoundError(NOT_FOUND);
    const body = `\uFEFFdong,cot,loi\n${errors.map((e) => [e.row, e.column ?? "", e.message].map(cell).join(",")).join("\n")}\n`;
    return new Response(body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="loi-nhap-ho-so-${id}.csv"`,
      },
    });
  },
);
