import "server-only";
// Route handlers of the assessment screens read JSON bodies through this: a zod failure becomes 422
// with the Vietnamese messages per field.
import { NextResponse } from "next/server";
import { z } from "zod";

export async function parseBody<S extends z.ZodType>(
  req: Request,
  schema: S,
): Promise<{ data: z.infer<S> } | { response: Response }> {
  const parsed = schema.safeParse(await req.json().catch(() => null));
  if (parsed.success) return { data: parsed.data };
  const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>;
  const first = Object.values(fieldErrors).flat()[0];
  return {
    response: NextResponse.json({ error: first ?? "Dữ liệu chưa hợp lệ", fieldErrors }, { status: 422 }),
  };
}
