// This process's workers: started once per app server (instrumentation.ts) and by tests. Before
// taking work, jobs a dead server left running are queued again or closed, and waiting jobs are
// sent again (lib/cases/import-job.ts).
import { CASE_IMPORT_QUEUE, jobQueue } from "./queue";
import { closeInterruptedJobs, requeueWaitingJobs, runQueuedImport } from "../cases/import-job";

let running: Promise<void> | null = null;

export function startWorkers(): Promise<void> {
  running ??= (async () => {
    const boss = await jobQueue();
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
  })().catch((e: unknown) => {
    running = null;
    throw e;
  });
  return running;
}
