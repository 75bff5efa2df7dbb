// The job queue: pg-boss, in the application's own PostgreSQL database (schema "pgboss"), so that
// long work runs outside the request that asked for it, on whichever app server is free, and a job
// queued while servers restart waits for the next one. One connection pool of two per process.
import PgBoss from "pg-boss";
import { databaseUrl } from "../env";

export const CASE_IMPORT_QUEUE = "case-import";
/** the daily deadline scan and digests (lib/notices/daily.ts), on a schedule */
export const NOTICES_DAILY_QUEUE = "notices-daily";
/** one e-mail digest to send */
export const NOTICE_SEND_QUEUE = "notice-send";
const QUEUES = [CASE_IMPORT_QUEUE, NOTICES_DAILY_QUEUE, NOTICE_SEND_QUEUE];

let started: Promise<PgBoss> | null = null;

/** The started queue of this process (started on first use). */
export function jobQueue(): Promise<PgBoss> {
  started ??= (async () => {
    const boss = new PgBoss({
      connectionString: databaseUrl(),
      schema: "pgboss",
      max: 2,
      application_name: "cchc-jobs",
      // the daily notices' schedule, kept in the database: one run per slot whatever the servers
      schedule: true,
    });
    boss.on("error", (e: unknown) =>
      console.error(`Hàng đợi công việc: ${e instanceof Error ? e.message : String(e)}`),
    );
    await boss.start();
    for (const q of QUEUES)
      if (!(await boss.getQueue(q)))
        // another app server may create it at the same moment
        await boss.createQueue(q).catch(async (e: unknown) => {
          if (!(await boss.getQueue(q))) throw e;
        });
    return boss;
  })().catch((e: unknown) => {
    started = null;
    throw e;
  });
  return started;
}

/** Stops this process's queue, letting a running job finish for up to `graceMs`. */
export async function stopJobQueue(graceMs = 5_000): Promise<void> {
  if (!started) return;
  const boss = await started.catch(() => null);
  started = null;
  await boss?.stop({ graceful: true, timeout: graceMs, wait: true }).catch(() => {});
}
