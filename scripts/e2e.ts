// `npm run test:e2e`: builds the app (unless E2E_SKIP_BUILD=1), starts it on a throwaway database
// with the demo province, runs the Playwright specs in Chromium, then stops and drops everything.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createTestDatabase } from "../tests/integration/test-database";

const port = process.env.E2E_PORT ?? "3210";
const oidcPort = Number(process.env.E2E_OIDC_PORT ?? Number(port) + 1);
const next = path.resolve("node_modules/next/dist/bin/next");
const log = (m: string) => console.error(`[e2e] ${m}`);

const testDb = await createTestDatabase("cchc_e2e");
let server: ChildProcess | undefined;
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
  const env = {
    ...process.env,
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
  await waitFor(`http://localhost:${port}/dang-nhap`);
  const args = ["playwright", "test", ...process.argv.slice(2)];
  // not spawnSync: this process serves the OIDC provider while the tests run
  const run = spawn("npx", args, {
    stdio: "inherit",
    env: { ...env, E2E_BASE_URL: `http://localhost:${port}` },
  });
  code = await new Promise<number>((resolve) => run.on("exit", (c) => resolve(c ?? 1)));
} finally {
  server?.kill("SIGTERM");
  oidc?.close();
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
