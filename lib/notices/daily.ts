// The daily run (07:00 Vietnam time, by the queue's schedule; Home Affairs can also start it from the
// sent-mail page): the deadline scan, then one digest per person, each sent by the queue with retries.
import { vnDayString } from "../cases/dates";
import { jobQueue, NOTICE_SEND_QUEUE } from "../jobs/queue";
import { mailTransport } from "./mailer";
import { prepareDigests } from "./digests";
import { scanDeadlines } from "./scan";

export async function runDailyNotices(now = new Date()): Promise<{ notices: number; digests: number }> {
  const today = vnDayString(now);
  const notices = await scanDeadlines(today);
  if (!mailTransport()) return { notices, digests: 0 };
  const ids = await prepareDigests(today);
  const boss = await jobQueue();
  for (const digestId of ids)
    await boss.send(
      NOTICE_SEND_QUEUE,
      { digestId },
      { singletonKey: `digest-${digestId}`, retryLimit: 5, retryDelay: 60, retryBackoff: true },
    );
  return { notices, digests: ids.length };
}
