// Runs once when an app server starts: its job queue workers (lib/jobs/workers.ts). Not awaited, so
// that a database that is still starting does not hold the server; a failure is logged and retried.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.CCHC_JOB_WORKERS === "0") return;
  const { startWorkers } = await import("./lib/jobs/workers");
  const start = (attempt: number) =>
    startWorkers().catch((e: unknown) => {
      console.error(`Không khởi động được hàng đợi công việc: ${e instanceof Error ? e.message : String(e)}`);
      if (attempt < 20) setTimeout(() => start(attempt + 1), 3_000).unref();
    });
  void start(1);
  // wrong single sign-on settings never stop the app: said here and on the admin page
  const { ssoState } = await import("./lib/auth/sso");
  void ssoState().then((s) => s.state === "error" && console.error(`Đăng nhập một lần: ${s.message}`));
}
