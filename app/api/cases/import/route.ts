import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/auth/route";
import { startCaseImport } from "@/lib/cases/import-job";

export const runtime = "nodejs";
const MAX_BYTES = 300 * 1024 * 1024;

export const POST = authedRoute("cases:import", async (req, user) => {
  const form = await req.formData();
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0)
    return NextResponse.json({ error: "Chọn một tệp CSV hoặc XLSX" }, { status: 400 });
  if (!/\.(csv|xlsx)$/i.test(file.name))
    return NextResponse.json({ error: "Chỉ nhận tệp .csv hoặc .xlsx" }, { status: 400 });
  if (file.size > MAX_BYTES)
    return NextResponse.json(
      { error: "Tệp lớn hơn 300 MB: hãy dùng lệnh npm run cchc -- import cases" },
      { status: 413 },
    );
  return NextResponse.json({ id: await startCaseImport(file, user) }, { status: 202 });
});
