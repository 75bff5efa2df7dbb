// For a load balancer or monitor (no login): 200 when the app and its database answer, 503 when
// the database does not. The error text stays in the server log, not in the public answer.
import { databaseHealth } from "@/lib/health/database";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await databaseHealth();
  if (health.error) console.error(`[health] cơ sở dữ liệu: ${health.error}`);
  return Response.json(
    {
      app: "ok",
      database: health.database,
      databaseLatencyMs: health.latencyMs,
      time: new Date().toISOString(),
    },
    { status: health.database === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
