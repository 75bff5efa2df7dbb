// Runs `npm start` (or another command) as a user would, on its own data folder and ports, and
// inspects its process tree through /proc: the start script's tests send signals to its members.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export type Started = { npm: ChildProcess; output: () => string; exit: Promise<number | null> };

/** `npm start` with the fake app in place of Next.js; resolves once it printed "Sẵn sàng". */
export async function npmStart(env: Record<string, string>, readyTimeoutMs = 90_000): Promise<Started> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete childEnv.DATABASE_URL; // the integration setup's database: the start must use the embedded one
  const npm = spawn("npm", ["start"], { env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  npm.stdout!.on("data", (c: Buffer) => (out += c.toString()));
  npm.stderr!.on("data", (c: Buffer) => (out += c.toString()));
  const exit = new Promise<number | null>((r) => npm.once("exit", (code) => r(code)));
  const deadline = Date.now() + readyTimeoutMs;
  while (!out.includes("Sẵn sàng")) {
    if (Date.now() > deadline || npm.exitCode !== null) throw new Error(`npm start không sẵn sàng:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { npm, output: () => out, exit };
}

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

export function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
  } catch {
    return "";
  }
}

/** Every live descendant of `root`, with their commands. */
export function descendants(root: number): number[] {
  const all = readdirSync("/proc")
    .filter((n) => /^\d+$/.test(n))
    .map(Number);
  const children = new Map<number, number[]>();
  for (const pid of all) {
    const ppid = parentOf(pid);
    if (ppid !== null) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const c of children.get(p) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

export function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

/** Milliseconds until every pid is gone, or Infinity after `limitMs`. */
export async function goneWithin(pids: number[], limitMs: number): Promise<number> {
  const t = Date.now();
  while (pids.some(alive)) {
    if (Date.now() - t > limitMs) return Infinity;
    await new Promise((r) => setTimeout(r, 25));
  }
  return Date.now() - t;
}

export async function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, "127.0.0.1");
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
  });
}

export const fakeApp = path.resolve("tests/fixtures/start/fake-app.mjs");
