// Starts a web import of a case-records file (multipart, field "file"); the page polls its progress.
import { NextResponse } from "next/server";
import { z } from "zod";
import { authedRoute } from "@/lib/auth/route";
import { startCaseImport } from "@/lib/cases/import-job";
import { uploadedFile } from "@/lib/files/upload";

export const runtime = "nodejs";
const MAX_BYTES = 300 * 1024 * 1024;

export const POST = authedRoute("cases:import", { body: z.object({}) }, async (_req, user, { form }) => {
  const file = uploadedFile(form, {
    label: "một tệp CSV hoặc XLSX",
    extensions: [".csv", ".xlsx"],
    maxBytes: MAX_BYTES,
  });
  return NextResponse.json({ id: await startCaseImport(file, user) }, { status: 202 });
});
