// The production server's processes (scripts/start/app-cluster.mjs, issue 16): several app processes
// answer on one port; a process that dies ends the server with status 1 (the supervisor decides
// what next, as with one process); SIGTERM stops every process. The app is the start tests' stand-in.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import http from "node:http";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { alive, descendants, fakeApp, freePort, goneWithin, portAnswers } from "./start-process";

const cluster = path.resolve("scripts/start/app-cluster.mjs");

async function startCluster(processes: number) {
  const port = await freePort();
  const primary = spawn(process.execPath, [cluster, String(processes), fakeApp], {
    env: { ...process.env, PORT: String(port), FAKE_APP_DELAY_MS: "0" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  primary.stderr!.on("data", (c: Buffer) => (log += c.toString()));
  const exit = new Promise<number | null>((r) => primary.once("exit", (code) => r(code)));
  const deadline = Date.now() + 20_000;
  while (!(await portAnswers(port)) || descendants(primary.pid!).length < processes) {
    if (Date.now() > deadline) throw new Error(`app-cluster không trả lời:\n${log}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { port, primary, exit, workers: descendants(primary.pid!), log: () => log };
}

/** The pid of the process answering a new connection (fetch would keep one connection open). */
const pidAnswering = (port: number) =>
  new Promise<number>((resolve, reject) => {
    http
      .get({ port, host: "127.0.0.1", path: "/api/health", agent: false }, (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () => resolve((JSON.parse(body) as { pid: number }).pid));
      })
      .on("error", reject);
  });

describe("app processes on one port", () => {
  it("answer from every process", async () => {
    const c = await startCluster(2);
    try {
      expect(c.workers).toHaveLength(2);
      const seen = new Set<number>();
      for (let i = 0; i < 40 && seen.size < 2; i++) seen.add(await pidAnswering(c.port));
      expect([...seen].sort()).toEqual([...c.workers].sort());
    } finally {
      c.primary.kill("SIGTERM");
      await c.exit;
    }
  });

  it("a process that dies ends the server with status 1 and stops the others", async () => {
    const c = await startCluster(2);
    process.kill(c.workers[0]!, "SIGKILL");
    expect(await c.exit).toBe(1);
    expect(await goneWithin(c.workers, 5_000)).toBeLessThan(5_000);
    expect(c.log()).toContain("đã dừng ngoài ý muốn (tín hiệu SIGKILL)");
    expect(await portAnswers(c.port)).toBe(false);
  });

  it("SIGTERM stops every process within 5 s", async () => {
    const c = await startCluster(3);
    c.primary.kill("SIGTERM");
    expect(await c.exit).toBe(0);
    expect(await goneWithin(c.workers, 5_000)).toBeLessThan(5_000);
    expect(c.workers.some(alive)).toBe(false);
  });
});

describe("npm start with a wrong CCHC_APP_PROCESSES", () => {
  it("stops before starting anything, saying what is wrong", () => {
    const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), "cchc-procs-")), "data");
    const env: NodeJS.ProcessEnv = { ...process.env, CCHC_APP_PROCESSES: "hai", CCHC_DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    const r = spawnSync("npm", ["start"], { env, encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('CCHC_APP_PROCESSES phải là số nguyên từ 1 đến 32 (đang là "hai")');
    expect(existsSync(dataDir)).toBe(false); // no database was created
  });
});
