import { postCases } from "@/lib/api-tokens/cases-endpoint";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const POST = postCases;
