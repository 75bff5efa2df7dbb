// The embedded PostgreSQL used when DATABASE_URL is not set: a real server under CCHC_DATA_DIR/pg
// (default .data/pg) on CCHC_EMBEDDED_PG_PORT (default 54329), started on demand and shared by the
// app, the CLI and the tests of this checkout.
//
// - A server already on the port is reused only if it serves this checkout's data folder; a server
//   of another checkout is refused (it would hold other data than our uploads folder).
// - Every process using the server registers its pid in CCHC_DATA_DIR/pg.users/; the last one to
//   leave stops the server, whoever started it, so no process stops it under another.
// - A server whose users are all dead (their process was killed) is an orphan: stopped and started
//   afresh. The start lock holds its owner's pid, so a lock left by a dead process is cleared at once.
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import pg from "pg";
import { dataDir } from "../data-dir";
import {
  initialiseCluster,
  isAlive,
  postmasterPid,
  startServer,
  stopPid,
  type PostgresProcess,
} from "./postgres-server";

const USER = "postgres";
const PASSWORD = "cchc-local";
export const DEMO_DATABASE = "cchc";

/** Read at call time: tests and scripts may point a process at another checkout's folders. */
export function embeddedPort(): number {
  return Number(process.env.CCHC_EMBEDDED_PG_PORT ?? 54329);
}
/** @deprecated read at import time; use embeddedPort() */
export const EMBEDDED_PORT = embeddedPort();

/** The checkout's data folder (lib/env.ts). */
export const dataRoot = dataDir;

function clusterDir(): string {
  return path.join(dataRoot(), "pg");
}

export function embeddedUrl(database = DEMO_DATABASE): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${embeddedPort()}/${database}`;
}

export class OtherCheckoutError extends Error {}

/** The data folder of the server answering on the embedded port, or null when none answers. */
async function runningDataDir(): Promise<string | null> {
  const client = new pg.Client({ connectionString: embeddedUrl("postgres"), connectionTimeoutMillis: 1500 });
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (e) {
    // Something listens but refuses our password: not a server of ours at all.
    if (e instanceof Error && /password authentication failed|does not exist/.test(e.message))
      return "(máy chủ PostgreSQL khác)";
    return null;
  }
  try {
    return (await client.query<{ data_directory: string }>("show data_directory")).rows[0].data_directory;
  } finally {
    await client.end().catch(() => {});
  }
}

function sameFolder(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

function otherCheckout(served: string): OtherCheckoutError {
  return new OtherCheckoutError(
    `Cổng ${embeddedPort()} đang có PostgreSQL nhúng của một thư mục dữ liệu khác (${served}), ` +
      `không phải của bản này (${clusterDir()}). Hãy dừng bản kia, hoặc cho bản này một cổng và thư mục riêng: ` +
      `CCHC_EMBEDDED_PG_PORT=<cổng khác> (và CCHC_DATA_DIR=<thư mục> nếu cần).`,
  );
}

// ---- users registry: one empty file per process, named by its pid ----

function usersDir(): string {
  return path.join(dataRoot(), "pg.users");
}

function register(): void {
  mkdirSync(usersDir(), { recursive: true });
  closeSync(openSync(path.join(usersDir(), String(process.pid)), "w"));
}

function unregister(): void {
  try {
    unlinkSync(path.join(usersDir(), String(process.pid)));
  } catch {}
}

/** Live processes other than this one that use the server; files of dead ones are removed. */
function otherLiveUsers(): number[] {
  if (!existsSync(usersDir())) return [];
  const live: number[] = [];
  for (const name of readdirSync(usersDir())) {
    const pid = Number(name);
    if (pid === process.pid) continue;
    if (isAlive(pid)) live.push(pid);
    else {
      try {
        unlinkSync(path.join(usersDir(), name));
      } catch {}
    }
  }
  return live;
}

// ---- start lock: a file holding its owner's pid ----

export async function withStartLock<T>(
  fn: () => Promise<T>,
  log: (m: string) => void = () => {},
): Promise<T> {
  const lockFile = path.join(dataRoot(), "pg.lock");
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const fd = openSync(lockFile, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch {
      const owner = Number(readText(lockFile).trim());
      // A lock of a dead process is cleared at once (an empty one may be a lock being written).
      if (owner ? !isAlive(owner) : ageMs(lockFile) > 5_000) {
        log(`Xoá khoá ${lockFile} của tiến trình đã dừng (pid ${owner || "?"})`);
        try {
          unlinkSync(lockFile);
        } catch {}
        continue;
      }
      if (Date.now() > deadline)
        throw new Error(`Không lấy được khoá ${lockFile} (tiến trình ${owner} đang giữ)`);
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

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

export type EmbeddedHandle = {
  url: string;
  startedHere: boolean;
  /** The server process when this process started it (the start script watches it). */
  server?: PostgresProcess;
  /** Leaves the server; stops it when no other live process of this checkout uses it. */
  stop: () => Promise<void>;
};

// Handles open in this process: the pid stays registered until the last one is stopped.
let openHandles = 0;
let ownServer: PostgresProcess | undefined;

/** Starts the embedded server unless this checkout's is already running; creates the database if missing. */
export async function ensureEmbeddedPostgres(
  database = DEMO_DATABASE,
  log: (m: string) => void = () => {},
): Promise<EmbeddedHandle> {
  mkdirSync(dataRoot(), { recursive: true });
  register();
  openHandles++;
  let startedHere = false;
  try {
    await withStartLock(async () => {
      const dir = clusterDir();
      const served = await runningDataDir();
      if (served !== null) {
        if (!sameFolder(served, dir)) throw otherCheckout(served);
        if (ownServer || otherLiveUsers().length > 0) return;
        // Nobody alive uses it: the process that started it was killed.
        const pid = postmasterPid(dir);
        log(`PostgreSQL nhúng mồ côi (pid ${pid}, tiến trình khởi động đã dừng): dừng và khởi động lại`);
        if (pid) await stopPid(pid);
      }
      const options = { dir, port: embeddedPort(), user: USER, password: PASSWORD, log };
      if (!existsSync(path.join(dir, "PG_VERSION"))) {
        log(`Khởi tạo PostgreSQL nhúng trong ${dir} …`);
        await initialiseCluster(options);
      }
      const stale = postmasterPid(dir);
      // A server that died without cleaning up: postgres itself refuses only if that pid lives.
      if (stale && !isAlive(stale)) unlinkSync(path.join(dir, "postmaster.pid"));
      ownServer = await startServer(options);
      startedHere = true;
      log(`PostgreSQL nhúng đang chạy trên cổng ${embeddedPort()} (${dir})`);
    }, log);
    await createDatabaseIfMissing(database);
  } catch (e) {
    await release(log);
    throw e;
  }
  let released = false;
  return {
    url: embeddedUrl(database),
    startedHere,
    server: startedHere ? ownServer : undefined,
    stop: async () => {
      if (released) return;
      released = true;
      await release(log);
    },
  };
}

async function release(log: (m: string) => void): Promise<void> {
  if (--openHandles > 0) return;
  unregister();
  await withStartLock(async () => {
    const others = otherLiveUsers();
    if (others.length > 0) {
      log(`PostgreSQL nhúng vẫn đang được dùng (tiến trình ${others.join(", ")}): để chạy`);
      return;
    }
    if (ownServer) await ownServer.stop();
    else {
      // Started by a process that has left: ours only if it serves this checkout's folder.
      const served = await runningDataDir();
      const pid = postmasterPid(clusterDir());
      if (pid && served !== null && sameFolder(served, clusterDir())) await stopPid(pid);
    }
    ownServer = undefined;
  }).catch((e: unknown) =>
    log(`Không dừng được PostgreSQL nhúng: ${e instanceof Error ? e.message : String(e)}`),
  );
}

export async function createDatabaseIfMissing(
  database: string,
  adminUrl = embeddedUrl("postgres"),
): Promise<void> {
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
