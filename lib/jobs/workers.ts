// This process's workers: started once per app server (instrumentation.ts) and by tests. Before
// taking work, jobs a dead server left running are queued again or closed, and waiting jobs are
// sent again (lib/cases/import-job.ts). Also the daily notices and the sending of e-mail digests.
import { CASE_IMPORT_QUEUE, jobQueue, NOTICE_SEND_QUEUE, NOTICES_DAILY_QUEUE } from "./queue";
import { closeInterruptedJobs, requeueWaitingJobs, runQueuedImport } from "../cases/import-job";
import { runDailyNotices } from "../notices/daily";
import { digestFailed, sendDigest } from "../notices/digests";
import { mailState, mailTransport } from "../notices/mailer";

let running: Promise<void> | null = null;

export function startWorkers(): Promise<void> {
  running ??= (async () => {
    const boss = await jobQueue();
    // wrong mail settings never stop the app: they are said here and on the sent-mail page
    void mailState().then((m) => m.state === "error" && console.error(`Gửi thư: ${m.message}`));
    await closeInterruptedJobs();
    await requeueWaitingJobs();
    // one import at a time per server: each holds a large file and a long transaction
    await boss.work<{ importJobId: number }>(
      CASE_IMPORT_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: 1 },
      async ([job]) => {
        if (job) await runQueuedImport(job.data.importJobId);
      },
    );
    await boss.schedule(NOTICES_DAILY_QUEUE, "0 7 * * *", {}, { tz: "Asia/Ho_Chi_Minh", retryLimit: 2 });
    await boss.work(NOTICES_DAILY_QUEUE, { batchSize: 1, pollingIntervalSeconds: 5 }, async () => {
      const r = await runDailyNotices();
      console.error(`Thông báo hằng ngày: ${r.notices} thông báo mới, ${r.digests} thư`);
    });
    await boss.work<{ digestId: number }>(
      NOTICE_SEND_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: 2, includeMetadata: true },
      async ([job]) => {
        if (!job) return;
        const transport = mailTransport();
        try {
          if (!transport) throw new Error("chưa cấu hình gửi thư (CCHC_SMTP_URL)");
          await sendDigest(job.data.digestId, transport);
        } catch (e) {
          // the queue retries; after the last try the digest is marked failed (its error is kept)
          if (job.retryCount >= job.retryLimit) await digestFailed(job.data.digestId);
          throw e;
        }
      },
    );
  })().catch((e: unknown) => {
    running = null;
    throw e;
  });
  return running;
}
