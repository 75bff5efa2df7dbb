// `npm start`: the database (embedded unless DATABASE_URL is set), migrations, demo data on a new
// embedded database, a production build on first start, then the Next.js server on PORT (3000).
// `npm run dev` does the same with the development server.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { connect } from "../lib/db/connection";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const log = (m: string) => console.error(`[cchc] ${m}`);
const started = Date.now();

const conn = await connect({ log });
if (conn.embedded) {
  const { db, disconnectDb } = await import("../lib/db/client");
  if ((await db().unit.count()) === 0) {
    log("Cơ sở dữ liệu mới: nạp dữ liệu demo (tỉnh Sông Lam) …");
    const { seedDemo } = await import("../lib/demo/index");
    await seedDemo(log);
  }
  await disconnectDb();
}

const dataDir = path.resolve(process.env.CCHC_DATA_DIR ?? ".data");
mkdirSync(dataDir, { recursive: true });
const secretFile = path.join(dataDir, "auth-secret");
if (!process.env.NEXTAUTH_SECRET && !existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString("hex"), { mode: 0o600 });
const env = {
  ...process.env,
  DATABASE_URL: conn.url,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? readFileSync(secretFile, "utf8").trim(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  CCHC_UPLOAD_DIR: process.env.CCHC_UPLOAD_DIR ?? path.join(dataDir, "uploads"),
  // the demo province's name on printed reports; a deployment sets its own
  CCHC_PROVINCE: process.env.CCHC_PROVINCE ?? (conn.embedded ? "tỉnh Sông Lam" : undefined),
};

const next = path.resolve("node_modules/next/dist/bin/next");
if (!dev && !existsSync(".next/BUILD_ID")) {
  log("Lần chạy đầu: biên dịch ứng dụng (next build), mất vài phút …");
  const build = spawnSync(process.execPath, [next, "build"], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
  if (build.status !== 0) {
    log("Biên dịch thất bại.");
    await conn.stop();
    process.exit(1);
  }
}

const server = spawn(process.execPath, [next, dev ? "dev" : "start", "-p", port], { stdio: "inherit", env });
log(`Sẵn sàng sau ${((Date.now() - started) / 1000).toFixed(1)} s: http://localhost:${port} (tài khoản demo: xem README)`);
const shutdown = () => server.kill("SIGTERM");
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
server.on("exit", async (code) => {
  await conn.stop();
  process.exit(code ?? 0);
});
