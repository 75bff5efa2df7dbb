// Adds evidence to a leaf (multipart: fields and an optional PDF named "file").
import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { addEvidence } from "@/lib/assessment/evidence";
import { MAX_PDF_BYTES } from "@/lib/assessment/pdf";
import { evidenceInput } from "@/lib/assessment/schemas";
import { uploadedFile } from "@/lib/files/upload";

export const runtime = "nodejs";

export const POST = authedRoute(
  "assessment:write",
  { body: evidenceInput },
  async (_req, user, { body, form }) => {
    // the service reads the file's first bytes to accept only a PDF, whatever its name
    const file = uploadedFile(form, { label: "tệp PDF", maxBytes: MAX_PDF_BYTES, optional: true });
    const upload = file ? { bytes: Buffer.from(await file.arrayBuffer()), name: file.name } : null;
    return NextResponse.json(await addEvidence(user, body, upload), { status: 201 });
  },
);
