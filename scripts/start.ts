// `npm start`: the database (embedded unless DATABASE_URL is set), migrations, demo data on a new
// embedded database, a production build when the sources changed since the last one, then the
// Next.js server on PORT (3000). `npm run dev` does the same with the development server.
//
// It supervises what it started: SIGTERM/SIGINT/SIGHUP to it, or the death of its parent (npm
// forwards a SIGTERM only to the shell between them), stops the app server's whole process group
// and then PostgreSQL; a child that dies on its own is logged and ends the start with status 1.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { connect, type Connection } from "../lib/db/connection";
import { buildSource, rebuildReason, recordBuild } from "./start/build-stamp";
import { appProcesses, appServerArgs, NEXT_BIN } from "./start/app-command";
import { dataDir as dataFolder } from "../lib/data-dir";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const log = (m: string) => console.error(`[cchc] ${m}`);
const started = Date.now();
// For the start script's own tests: a node script run instead of Next.js (and no build).
const testApp = process.env.CCHC_START_APP;

// checked before anything starts: a wrong setting stops here, with nothing to undo
let processes = 1;
try {
  if (!dev && !testApp) processes = appProcesses();
} catch (e) {
  log(e instanceof Error ? e.message : String(e));
  process.exit(1);
}

// what shutdown() has to stop, filled in as the start proceeds
const running: { conn?: Connection; connecting?: Promise<Connection> } = {};
let app: ChildProcess | undefined;
let stopping = false;

async function shutdown(reason: string, code: number): Promise<never> {
  if (stopping) return new Promise<never>(() => {});
  stopping = true;
  const t = Date.now();
  log(`Đang dừng (${reason}) …`);
  if (app) await stopGroup(app, 3_000);
  const c = running.conn ?? (await Promise.race([running.connecting?.catch(() => undefined), sleep(3_000)]));
  await c?.stop();
  log(`Đã dừng sau ${((Date.now() - t) / 1000).toFixed(1)} s`);
  process.exit(code);
}

/** SIGTERM to the child's process group (next dev runs workers), SIGKILL if it lingers. */
async function stopGroup(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const kill = (s: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, s);
    } catch {}
  };
  kill("SIGTERM");
  if (!(await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]))) {
    log("Máy chủ ứng dụng không dừng kịp: buộc dừng");
    kill("SIGKILL");
    await exited;
  }
  kill("SIGKILL"); // whatever of its group outlived it
}

const sleep = (ms: number) => new Promise<undefined>((r) => setTimeout(() => r(undefined), ms));

for (const [signal, label] of [
  ["SIGTERM", "SIGTERM"],
  ["SIGINT", "SIGINT"],
  ["SIGHUP", "SIGHUP"],
] as const) {
  process.on(signal, () => void shutdown(`nhận ${label}`, 0));
}
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void shutdown(`tiến trình cha ${parent} đã dừng`, 0);
}, 250).unref();

running.connecting = connect({ log });
const conn = (running.conn = await running.connecting);
if (conn.embedded && process.env.CCHC_DEMO !== "0") {
  const { db, disconnectDb } = await import("../lib/db/client");
  if ((await db().unit.count()) === 0) {
    log("Cơ sở dữ liệu mới: nạp dữ liệu demo (tỉnh Sông Lam) …");
    const { seedDemo } = await import("../lib/demo/index");
    await seedDemo(log);
  }
  await disconnectDb();
}

const dataDir = dataFolder();
mkdirSync(dataDir, { recursive: true });
const secretFile = path.join(dataDir, "auth-secret");
if (!process.env.NEXTAUTH_SECRET && !existsSync(secretFile))
  writeFileSync(secretFile, randomBytes(32).toString("hex"), { mode: 0o600 });
const env = {
  ...process.env,
  DATABASE_URL: conn.url,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? readFileSync(secretFile, "utf8").trim(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  CCHC_UPLOAD_DIR: process.env.CCHC_UPLOAD_DIR ?? path.join(dataDir, "uploads"),
  // the demo province's name on printed reports; a deployment sets its own
  CCHC_PROVINCE: process.env.CCHC_PROVINCE ?? (conn.embedded ? "tỉnh Sông Lam" : undefined),
};

const next = NEXT_BIN;
const watchdog = path.resolve(import.meta.dirname, "start/parent-watchdog.cjs");
const spawnGroup = (args: string[], extraEnv: Record<string, string> = {}) =>
  spawn(process.execPath, ["--require", watchdog, ...args], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...env, ...extraEnv },
    detached: true,
  });

if (!dev && !testApp) {
  const source = buildSource();
  const reason = rebuildReason(source);
  if (reason) {
    log(`Biên dịch ứng dụng (next build, ${reason}), mất vài phút …`);
    app = spawnGroup([next, "build"], { NODE_ENV: "production" });
    const code = await new Promise<number | null>((r) => app!.once("exit", r));
    app = undefined;
    if (stopping) await new Promise(() => {});
    if (code !== 0) {
      log("Biên dịch thất bại.");
      await shutdown("biên dịch thất bại", 1);
    }
    recordBuild(source);
  }
}

app = testApp
  ? spawnGroup([testApp])
  : dev
    ? spawnGroup([next, "dev", "-p", port])
    : spawnGroup(appServerArgs(port, processes));
app.once("exit", (code, signal) => {
  if (!stopping) {
    log(`Máy chủ ứng dụng đã dừng ngoài ý muốn (${signal ? `tín hiệu ${signal}` : `mã ${code}`})`);
    void shutdown("máy chủ ứng dụng dừng", 1);
  }
});
void conn.server?.exited.then(({ code, signal }) => {
  if (!stopping) {
    log(`PostgreSQL nhúng đã dừng ngoài ý muốn (${signal ? `tín hiệu ${signal}` : `mã ${code}`})`);
    void shutdown("PostgreSQL dừng", 1);
  }
});
if (conn.embedded) watchDatabase(conn.url);

await waitForApp();
log(
  `Sẵn sàng sau ${((Date.now() - started) / 1000).toFixed(1)} s: http://localhost:${port}${processes > 1 ? ` (${processes} tiến trình ứng dụng)` : ""} (tài khoản demo: xem README)`,
);

/** Any HTTP answer from the health route means the app server listens and handles requests. */
async function waitForApp(): Promise<void> {
  for (;;) {
    if (stopping) return new Promise(() => {});
    try {
      await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(5_000) });
      return;
    } catch {
      await sleep(300);
    }
  }
}

/**
 * A PostgreSQL asked to stop by someone else (SIGTERM is a "smart" shutdown that waits for the
 * app's pooled sessions forever) refuses new sessions: two refused pings in a row end the start.
 */
function watchDatabase(url: string): void {
  let failures = 0;
  const timer = setInterval(async () => {
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    c.on("error", () => {});
    try {
      await c.connect();
      failures = 0;
    } catch (e) {
      if (++failures >= 2 && !stopping) {
        clearInterval(timer);
        log(`PostgreSQL nhúng không nhận kết nối: ${e instanceof Error ? e.message : String(e)}`);
        void shutdown("PostgreSQL không phản hồi", 1);
      }
    } finally {
      await c.end().catch(() => {});
    }
  }, 1_000);
  timer.unref();
}
