// `npm run test:e2e`: builds the app (unless E2E_SKIP_BUILD=1), starts it on a throwaway database
// with the demo province, runs the Playwright specs in Chromium, then stops and drops everything.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createTestDatabase } from "../tests/integration/test-database";

const port = process.env.E2E_PORT ?? "3210";
const oidcPort = Number(process.env.E2E_OIDC_PORT ?? Number(port) + 1);
// a second app server on the same database and the same S3 store (several servers behind a proxy)
const secondPort = String(Number(process.env.E2E_SECOND_PORT ?? Number(port) + 2));
const next = path.resolve("node_modules/next/dist/bin/next");
const log = (m: string) => console.error(`[e2e] ${m}`);

const testDb = await createTestDatabase("cchc_e2e");
let server: ChildProcess | undefined;
let second: ChildProcess | undefined;
let s3: { close: () => Promise<void> } | undefined;
let oidc: import("node:http").Server | undefined;
let code = 1;
try {
  process.env.DATABASE_URL = testDb.url;
  log("Nạp dữ liệu demo vào cơ sở dữ liệu thử …");
  const { seedDemo } = await import("../lib/demo/index");
  await seedDemo(log);
  const { disconnectDb } = await import("../lib/db/client");
  await disconnectDb();

  // the province's single sign-on, a real OIDC provider on its own port
  const { startOidcProvider, OIDC_CLIENT } = await import("../tests/e2e/oidc-server");
  oidc = await startOidcProvider(oidcPort, `http://localhost:${port}/api/auth/callback/sso`);
  // uploaded files in an S3-compatible store both app servers share (s3rver, a local S3 server)
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  // @ts-expect-error s3rver ships no types
  const { default: S3rver } = await import("s3rver");
  const s3rver = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory: mkdtempSync(path.join(tmpdir(), "cchc-e2e-s3-")),
    configureBuckets: [{ name: "cchc-e2e" }],
  });
  const s3Port = ((await s3rver.run()) as import("node:net").AddressInfo).port;
  s3 = s3rver;
  const env = {
    ...process.env,
    CCHC_S3_BUCKET: "cchc-e2e",
    CCHC_S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
    CCHC_S3_ACCESS_KEY_ID: "S3RVER",
    CCHC_S3_SECRET_ACCESS_KEY: "S3RVER",
    CCHC_OIDC_ISSUER: `http://localhost:${oidcPort}`,
    CCHC_OIDC_CLIENT_ID: OIDC_CLIENT.id,
    CCHC_OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
    CCHC_OIDC_NAME: "Cổng dịch vụ công tỉnh Sông Lam",
    DATABASE_URL: testDb.url,
    NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret",
    NEXTAUTH_URL: `http://localhost:${port}`,
    CCHC_UPLOAD_DIR: path.resolve(".data/e2e-uploads"),
    CCHC_PROVINCE: "tỉnh Sông Lam",
  };
  if (process.env.E2E_SKIP_BUILD !== "1") {
    log("next build …");
    const b = spawnSync(process.execPath, [next, "build"], {
      stdio: "inherit",
      env: { ...env, NODE_ENV: "production" },
    });
    if (b.status !== 0) throw new Error("next build thất bại");
  }
  server = spawn(process.execPath, [next, "start", "-p", port], {
    stdio: ["ignore", "inherit", "inherit"],
    env,
  });
  second = spawn(process.execPath, [next, "start", "-p", secondPort], {
    stdio: ["ignore", "ignore", "inherit"],
    env,
  });
  await waitFor(`http://localhost:${port}/dang-nhap`);
  await waitFor(`http://localhost:${secondPort}/dang-nhap`);
  const args = ["playwright", "test", ...process.argv.slice(2)];
  // not spawnSync: this process serves the OIDC provider while the tests run
  const run = spawn("npx", args, {
    stdio: "inherit",
    env: {
      ...env,
      E2E_BASE_URL: `http://localhost:${port}`,
      E2E_SECOND_URL: `http://localhost:${secondPort}`,
    },
  });
  code = await new Promise<number>((resolve) => run.on("exit", (c) => resolve(c ?? 1)));
} finally {
  server?.kill("SIGTERM");
  second?.kill("SIGTERM");
  oidc?.close();
  await s3?.close();
  await testDb.drop();
}
process.exit(code);

async function waitFor(url: string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Máy chủ không khởi động: ${url}`);
}
