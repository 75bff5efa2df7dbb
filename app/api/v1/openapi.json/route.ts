import { openApiDocument } from "@/lib/api-tokens/openapi";

export const dynamic = "force-static";

export function GET() {
  return Response.json(openApiDocument());
}
