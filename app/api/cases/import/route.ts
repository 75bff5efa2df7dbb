// Starts a web import of a case-records file (multipart, field "file"): the file is streamed to the
// data folder and the import queued; the page polls its progress.
import path from "node:path";
import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { queueCaseImport } from "@/lib/cases/import-job";
import { streamUpload } from "@/lib/files/stream-upload";
import { dataDir } from "@/lib/files/storage";

export const runtime = "nodejs";
const MAX_BYTES = 300 * 1024 * 1024;

export const POST = authedRoute("cases:import", async (req, user) => {
  const upload = await streamUpload(
    req,
    { label: "một tệp CSV hoặc XLSX", extensions: [".csv", ".xlsx"], maxBytes: MAX_BYTES },
    path.join(dataDir(), "imports"),
  );
  return NextResponse.json({ id: await queueCaseImport(upload, user) }, { status: 202 });
});
