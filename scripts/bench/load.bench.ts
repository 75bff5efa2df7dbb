// `npm run bench -- load` (issue 16, item 4): the production server on a throwaway database with the
// demo province, 10 signed-in users at once for 20 s on each page (rankings, overview, a unit profile,
// the case dashboard, the late-case list); p50/p95 and requests per second per page, and the case
// dashboard's single-user median. CCHC_BENCH_EXTRA_CASES=N adds N generated cases (spread over the
// demo's units and 2022–2026) while the server runs, then takes the dashboard's median again and
// prints the ratio (7400000: five years of a merged province, 7,5 M cases), and runs the load at that
// size; CCHC_BENCH_KEEP=1 keeps that database and CCHC_BENCH_DATABASE_URL runs on a kept one.
// Needs a production build in .next (`npx next build`; the e2e run makes one).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createTestDatabase } from "../../tests/integration/test-database";
import { appProcesses, appServerArgs } from "../start/app-command";

const USERS = 10;
const SECONDS = Number(process.env.CCHC_BENCH_SECONDS ?? 20);
const PORT = process.env.CCHC_BENCH_PORT ?? "3290";
const base = `http://localhost:${PORT}`;

async function waitFor(url: string) {
  const end = Date.now() + 120_000;
  while (Date.now() < end) {
    if (
      await fetch(url)
        .then((r) => r.ok)
        .catch(() => false)
    )
      return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`máy chủ không trả lời ${url}`);
}

/** A signed-in session cookie, through next-auth's credentials sign-in as the browser does it. */
async function signIn(username: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = (csrf.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const r = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar, origin: base },
    body: new URLSearchParams({ csrfToken, username, password, json: "true" }),
  });
  const session = (r.headers.getSetCookie?.() ?? []).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`không đăng nhập được ${username} (HTTP ${r.status})`);
  return [jar, session.split(";")[0]].join("; ");
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/** USERS at once, each asking again as soon as answered, for `seconds`: every answer's time. */
async function hammer(url: string, cookie: string, seconds: number) {
  const times: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: USERS }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        const r = await fetch(url, { headers: { cookie } }).catch(() => null);
        if (!r || !r.ok) errors++;
        await r?.arrayBuffer().catch(() => null);
        times.push(performance.now() - t);
      }
    }),
  );
  return { times: times.sort((a, b) => a - b), errors };
}

async function load(label: string, url: string, cookie: string) {
  // warm: every app process has compiled this page's code paths before the figures are taken
  await hammer(url, cookie, 3);
  const { times, errors } = await hammer(url, cookie, SECONDS);
  console.log(
    `${label.padEnd(26)} ${USERS} users: p50 ${pct(times, 0.5).toFixed(0).padStart(5)} ms  p95 ${pct(times, 0.95).toFixed(0).padStart(5)} ms  ${(times.length / SECONDS).toFixed(1).padStart(5)} req/s  ${errors ? `${errors} errors` : ""}  ${pct(times, 0.95) <= 300 ? "ok" : "OVER 300 ms"}`,
  );
}

async function single(label: string, url: string, cookie: string, runs = 15) {
  // warm: the first requests to a process that just started compile its code paths
  for (let i = 0; i < 10; i++) await (await fetch(url, { headers: { cookie } })).arrayBuffer();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await (await fetch(url, { headers: { cookie } })).arrayBuffer();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(26)} 1 user: median ${pct(times, 0.5).toFixed(0)} ms`);
  return pct(times, 0.5);
}

export async function run(): Promise<void> {
  if (!existsSync(path.resolve(".next/BUILD_ID"))) {
    console.log("load: no production build in .next (run `npx next build`); skipped");
    return;
  }
  // CCHC_BENCH_DATABASE_URL: a database already holding the demo (and generated cases, e.g. from an
  // earlier run with CCHC_BENCH_KEEP=1), read as it is and kept; generating 7,4 M cases takes minutes
  const given = process.env.CCHC_BENCH_DATABASE_URL;
  const db = given ? { url: given, drop: async () => {} } : await createTestDatabase("cchc_bench_load");
  let server: ChildProcess | undefined;
  try {
    process.env.DATABASE_URL = db.url;
    if (!given) {
      const { seedDemo } = await import("../../lib/demo/index");
      await seedDemo(() => {});
    }
    const { db: client, disconnectDb } = await import("../../lib/db/client");
    const caseCount = async () =>
      Number((await client().caseDataVersion.findUniqueOrThrow({ where: { id: 1 } })).total);
    const unit = await client().unit.findFirstOrThrow({ where: { code: "SO_KHCN" }, select: { code: true } });
    // CCHC_BENCH_CPU_PROF=DIR writes the server's CPU profile there (read it in Chrome's DevTools)
    const prof = process.env.CCHC_BENCH_CPU_PROF;
    const flags = prof ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(prof)}`] : [];
    // as `npm start` runs it: CCHC_APP_PROCESSES processes on the port (one per core by default)
    const processes = appProcesses();
    server = spawn(process.execPath, [...flags, ...appServerArgs(PORT, processes)], {
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        NEXTAUTH_SECRET: "bench-secret-bench-secret-bench",
        NEXTAUTH_URL: base,
        CCHC_JOB_WORKERS: "0",
      },
    });
    await waitFor(`${base}/dang-nhap`);
    const cookie = await signIn("admin", "CCHC@2026");
    const year = 2025;
    const dashboard = `${base}/ho-so-tthc?nam=${year}`;
    const small = await caseCount();
    const atDemo = await single(
      `Hồ sơ TTHC (tổng hợp), ${small.toLocaleString("vi-VN")} cases`,
      dashboard,
      cookie,
    );

    // the same page after the province's years of cases are added while the server runs
    const extra = given ? 0 : Number(process.env.CCHC_BENCH_EXTRA_CASES ?? 0);
    if (extra > 0) {
      const { addGeneratedCases } = await import("./generated-cases");
      const added = await addGeneratedCases(extra);
      console.log(
        `+${added.inserted.toLocaleString("vi-VN")} generated cases in ${added.seconds.toFixed(1)} s`,
      );
      const t = performance.now();
      await (await fetch(dashboard, { headers: { cookie } })).arrayBuffer();
      const first = performance.now() - t;
      const large = await caseCount();
      const atScale = await single(
        `Hồ sơ TTHC (tổng hợp), ${large.toLocaleString("vi-VN")} cases`,
        dashboard,
        cookie,
      );
      console.log(
        `case dashboard median ${large.toLocaleString("vi-VN")} / ${small.toLocaleString("vi-VN")} cases: ${(atScale / atDemo).toFixed(2)} (target ≤ 1.5); first view after the import ${first.toFixed(0)} ms (figures computed then cached until records change)`,
      );
    }
    const total = await caseCount();
    await disconnectDb();
    console.log(
      `${total.toLocaleString("vi-VN")} cases; ${processes} app process(es); ${SECONDS} s per page`,
    );
    const pages: [string, string][] = [
      ["Xếp hạng", `/xep-hang?nam=${year}`],
      ["Tổng quan", "/tong-quan"],
      [`Hồ sơ đơn vị ${unit.code}`, `/don-vi/${unit.code}`],
      ["Hồ sơ TTHC (tổng hợp)", `/ho-so-tthc?nam=${year}`],
      ["Hồ sơ TTHC theo đơn vị", `/ho-so-tthc?nam=${year}&xem=don-vi`],
      ["Hồ sơ trễ hạn (trang 2)", `/ho-so-tthc?nam=${year}&xem=tre-han&trang=2`],
    ];
    for (const [label, p] of pages) await load(label, `${base}${p}`, cookie);
  } finally {
    server?.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, process.env.CCHC_BENCH_CPU_PROF ? 5000 : 500));
    if (process.env.CCHC_BENCH_KEEP === "1") console.log(`database kept: ${db.url}`);
    else await db.drop();
  }
}
