// Adds evidence to a leaf (multipart: fields and an optional PDF named "file").
import { NextResponse } from "next/server";
import { z } from "zod";
import { authedRoute } from "@/lib/auth/route";
import { addEvidence } from "@/lib/assessment/evidence";
import { MAX_PDF_BYTES } from "@/lib/assessment/pdf";
import { evidenceInput } from "@/lib/assessment/schemas";

export const runtime = "nodejs";

export const POST = authedRoute("assessment:write", async (req, user) => {
  const form = await req.formData().catch(() => null);
  if (!form) return NextResponse.json({ error: "Dữ liệu gửi lên không hợp lệ" }, { status: 400 });
  const text = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : null;
  };
  const parsed = evidenceInput.safeParse({
    roundId: text("roundId"),
    unitId: text("unitId"),
    code: text("code") ?? "",
    documentNumber: text("documentNumber"),
    documentDate: text("documentDate"),
    pageOrSection: text("pageOrSection"),
  });
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>;
    return NextResponse.json(
      { error: Object.values(fieldErrors).flat()[0] ?? "Dữ liệu chưa hợp lệ", fieldErrors },
      { status: 422 },
    );
  }
  const file = form.get("file");
  let upload = null;
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_PDF_BYTES)
      return NextResponse.json(
        { error: "Tệp đính kèm lớn hơn 10 MB", fieldErrors: { file: ["Tệp đính kèm lớn hơn 10 MB"] } },
        { status: 422 },
      );
    upload = { bytes: Buffer.from(await file.arrayBuffer()), name: file.name };
  }
  return NextResponse.json(await addEvidence(user, parsed.data, upload), { status: 201 });
});
