// `npm start` supervises what it starts: a SIGTERM or SIGINT to any process of its tree (npm, the
// start script) stops the app server and PostgreSQL within 5 s and frees the port; a child that
// dies is logged and ends the start with a non-zero status; "Sẵn sàng" only once the app answers.
// The app server is a stand-in (CCHC_START_APP) so that no `next build` is needed.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  alive,
  commandOf,
  descendants,
  fakeApp,
  freePort,
  goneWithin,
  npmStart,
  portAnswers,
} from "./start-process";

let dataDir: string;
let env: Record<string, string>;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "cchc-start-"));
  chmodSync(dataDir, 0o755); // run as root, PostgreSQL runs as the postgres user and must reach pg/
  env = {
    CCHC_DATA_DIR: dataDir,
    CCHC_EMBEDDED_PG_PORT: String(await freePort()),
    PORT: String(await freePort()),
    CCHC_START_APP: fakeApp,
    CCHC_DEMO: "0",
    FAKE_APP_DELAY_MS: "1500",
  };
});

// A failed test must not leave its processes on the ports for the next one.
let lastTree: number[] = [];
afterEach(() => {
  for (const pid of lastTree.filter(alive)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {}
  }
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function started() {
  const s = await npmStart(env);
  const tree = descendants(s.npm.pid!);
  // npm runs the start script in place of its shell (`exec`), so that npm's signals reach it
  const startScript = [s.npm.pid!, ...tree].find((p) => commandOf(p).includes("scripts/start.ts"))!;
  const app = tree.find((p) => commandOf(p).includes("fake-app.mjs"))!;
  const postgres = tree.find((p) => commandOf(p).includes("bin/postgres"))!;
  expect([startScript, app, postgres].every(Boolean), commandOf(s.npm.pid!)).toBe(true);
  lastTree = [s.npm.pid!, ...tree];
  return { ...s, tree: lastTree, startScript, app, postgres };
}

describe("npm start", () => {
  it("prints Sẵn sàng only when the app answers HTTP", async () => {
    const s = await started();
    // checked at once: a start that announced before the app listened fails here
    expect(await portAnswers(Number(env.PORT))).toBe(true);
    process.kill(s.startScript, "SIGTERM");
    expect(await goneWithin(s.tree, 5_000)).toBeLessThan(5_000);
  });

  for (const [target, signal] of [
    ["npm", "SIGTERM"],
    ["npm", "SIGINT"],
    ["startScript", "SIGTERM"],
    ["startScript", "SIGINT"],
  ] as const) {
    it(`stops everything within 5 s on ${signal} to ${target}`, async () => {
      const s = await started();
      process.kill(target === "npm" ? s.npm.pid! : s.startScript, signal);
      const ms = await goneWithin(s.tree, 5_000);
      expect(ms, s.output()).toBeLessThan(5_000);
      expect(await portAnswers(Number(env.PORT))).toBe(false);
      expect(await portAnswers(Number(env.CCHC_EMBEDDED_PG_PORT))).toBe(false);
    });
  }

  it("stops everything when npm is killed outright (SIGKILL)", async () => {
    const s = await started();
    process.kill(s.npm.pid!, "SIGKILL");
    expect(await goneWithin(s.tree, 5_000)).toBeLessThan(5_000);
  });

  it("logs a dying app server and ends with a non-zero status, stopping PostgreSQL", async () => {
    const s = await started();
    process.kill(s.app, "SIGKILL");
    expect(await s.exit).not.toBe(0);
    expect(s.output()).toContain("Máy chủ ứng dụng đã dừng ngoài ý muốn");
    expect(await goneWithin([s.postgres, s.startScript], 5_000)).toBeLessThan(5_000);
  });

  it("logs a dying PostgreSQL and ends with a non-zero status, stopping the app server", async () => {
    const s = await started();
    process.kill(s.postgres, "SIGKILL");
    expect(await s.exit).not.toBe(0);
    expect(s.output()).toContain("PostgreSQL nhúng đã dừng ngoài ý muốn");
    expect(await goneWithin([s.app, s.startScript], 5_000)).toBeLessThan(5_000);
    expect(alive(s.app)).toBe(false);
  });

  it("ends when PostgreSQL is asked to stop by someone else (SIGTERM: a smart shutdown)", async () => {
    const s = await started();
    process.kill(s.postgres, "SIGTERM");
    expect(await s.exit).not.toBe(0);
    expect(await goneWithin(s.tree, 8_000)).toBeLessThan(8_000);
  });
});

/** the test runner's environment without its DATABASE_URL (set for the tests' own database) */
function withoutDatabaseUrl(): NodeJS.ProcessEnv {
  const rest = { ...process.env };
  delete rest.DATABASE_URL;
  return rest;
}

// One database per checkout (issue 17): a second checkout on the same port is refused instead of
// silently using the first one's database; a start lock left by a killed process does not block.
describe("one database per checkout", () => {
  it("refuses a second checkout on the same port, naming both folders and the settings to use", async () => {
    const s = await started();
    const other = mkdtempSync(path.join(os.tmpdir(), "cchc-other-"));
    try {
      const cli = spawnSync(
        "npx",
        ["tsx", "scripts/cchc.ts", "report", "cases", "--year", "2024", "--by", "level"],
        {
          env: { ...withoutDatabaseUrl(), ...env, CCHC_DATA_DIR: other },
          encoding: "utf8",
          timeout: 60_000,
        },
      );
      expect(cli.status).not.toBe(0);
      expect(cli.stderr).toContain(path.join(dataDir, "pg"));
      expect(cli.stderr).toContain(path.join(other, "pg"));
      expect(cli.stderr).toContain("CCHC_EMBEDDED_PG_PORT");
      // the first checkout's server is untouched
      expect(alive(s.postgres)).toBe(true);
    } finally {
      rmSync(other, { recursive: true, force: true });
      process.kill(s.startScript, "SIGTERM");
      await goneWithin(s.tree, 5_000);
    }
  });

  it("clears at once a start lock whose process is dead", async () => {
    writeFileSync(path.join(dataDir, "pg.lock"), "2147483646");
    const s = await started();
    expect(s.output()).toContain("Xoá khoá");
    process.kill(s.startScript, "SIGTERM");
    expect(await goneWithin(s.tree, 5_000)).toBeLessThan(5_000);
  });
});
