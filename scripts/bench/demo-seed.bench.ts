// Time of seeding the demo province (what `npm start` does on an empty embedded database and the
// e2e setup does before every run) on a throwaway database, with the time of each step as logged.
import { createTestDatabase } from "../../tests/integration/test-database";

export async function run(): Promise<void> {
  const db = await createTestDatabase("cchc_bench_demo");
  process.env.DATABASE_URL = db.url;
  try {
    const { seedDemo } = await import("../../lib/demo/index");
    const t = performance.now();
    await seedDemo((m) => console.log(`  ${m}`));
    console.log(`dữ liệu demo nạp trong ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const { db: client, disconnectDb } = await import("../../lib/db/client");
    const counts = await client().$queryRaw<
      { y: number; n: bigint }[]
    >`select extract(year from "receivedAt")::int as y, count(*) as n from "CaseRecord" group by 1 order by 1`;
    console.log(
      `hồ sơ theo năm tiếp nhận: ${counts.map((c) => `${c.y}: ${Number(c.n).toLocaleString("vi-VN")}`).join(", ")}`,
    );
    await disconnectDb();
  } finally {
    await db.drop();
  }
}
