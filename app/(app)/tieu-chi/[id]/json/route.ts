// Export a criteria set as interfaces.md JSON (download).
import { authedRoute } from "@/lib/auth/route";
import { criteriaSetExport } from "@/lib/criteria/export";
import { NotFoundError } from "@/lib/errors";
import { idParams } from "@/lib/ids";

const NOT_FOUND = "Không tìm thấy bộ tiêu chí";

export const GET = authedRoute(
  "criteria:read",
  { params: idParams, notFound: NOT_FOUND },
  async (_req, _user, { params }) => {
    const file = await criteriaSetExport(params.id);
    if (!file) throw new NotFoundError(NOT_FOUND);
    return new Response(`${JSON.stringify(file.json, null, 2)}\n`, {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="${file.filename}"`,
      },
    });
  },
);
