// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { connect } from "../lib/db/connection";

const conn = await connect({ log: (m) => console.error(m) });
console.error(`Cơ sở dữ liệu đã cập nhật (${conn.embedded ? "PostgreSQL nhúng" : "DATABASE_URL"}).`);
await conn.stop();
