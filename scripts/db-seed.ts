// `npm run db:seed`: fills an EMPTY database with the demo province. Refuses a database that
// already has units, so that real data is never mixed with demo data.
import { connect } from "../lib/db/connection";
import { db, disconnectDb } from "../lib/db/client";
import { seedDemo } from "../lib/demo/index";

const conn = await connect({ log: (m) => console.error(m) });
try {
  if ((await db().unit.count()) > 0) {
    console.error("Cơ sở dữ liệu đã có dữ liệu: không nạp dữ liệu demo.");
    process.exitCode = 1;
  } else {
    const t = Date.now();
    await seedDemo((m) => console.error(m));
    console.error(`Đã nạp dữ liệu demo trong ${((Date.now() - t) / 1000).toFixed(1)} s.`);
  }
} finally {
  await disconnectDb();
  await conn.stop();
}
