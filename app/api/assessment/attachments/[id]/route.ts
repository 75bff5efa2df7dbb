// Serves an evidence PDF only to users allowed to read that unit's assessment.
import { authedRoute } from "@/lib/auth/route";
import { evidenceFileFor } from "@/lib/assessment/evidence";
import { idParams } from "@/lib/ids";
import { downloadName } from "@/lib/files/storage";

export const runtime = "nodejs";

export const GET = authedRoute(
  "assessment:read",
  { params: idParams, notFound: "Không tìm thấy tệp" },
  async (_req, user, { params: { id } }) => {
    const file = await evidenceFileFor(user, id);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `inline; filename="tai-lieu-${id}.pdf"; filename*=UTF-8''${encodeURIComponent(downloadName(file.name, "application/pdf"))}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  },
);
