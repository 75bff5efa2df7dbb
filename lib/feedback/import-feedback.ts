// `import feedback` and the feedback page's upload: stores a checked PAKN file, all or nothing, keyed
// by the feedback code (a re-import of the same file changes nothing; a changed row is updated, and
// may move to another unit). One audit entry per import that wrote something, with its counts.
import { db } from "../db/client";
import { recordAudit } from "../audit/record";
import type { CsvTable, RowError } from "../csv/read-csv";
import { parseFeedbackFile } from "./feedback-file";

export type ImportFeedbackResult = {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
};

export async function importFeedback(
  table: CsvTable,
  actor: { id: number; username?: string } | null,
  via: "cli" | "web",
): Promise<ImportFeedbackResult> {
  const units = new Map(
    (await db().unit.findMany({ select: { id: true, code: true } })).map((u) => [u.code, u.id]),
  );
  const { items, errors } = parseFeedbackFile(table, (code) => units.get(code));
  const none = { rows: items.length, inserted: 0, updated: 0, unchanged: 0 };
  if (errors.length) return { ...none, errors };
  if (!items.length) return { ...none, errors: [] };
  return db().$transaction(async (tx) => {
    const [r] = await tx.$queryRawUnsafe<{ inserted: number; updated: number }[]>(
      `with up as (
         insert into "Feedback" (code, "unitId", subject, "receivedAt", "dueAt", "resolvedAt", channel)
         select * from unnest($1::text[], $2::int[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::timestamptz[], $7::smallint[])
         on conflict (code) do update set "unitId" = excluded."unitId", subject = excluded.subject,
           "receivedAt" = excluded."receivedAt", "dueAt" = excluded."dueAt", "resolvedAt" = excluded."resolvedAt",
           channel = excluded.channel
         where ("Feedback"."unitId", "Feedback".subject, "Feedback"."receivedAt", "Feedback"."dueAt", "Feedback"."resolvedAt", "Feedback".channel)
           is distinct from (excluded."unitId", excluded.subject, excluded."receivedAt", excluded."dueAt", excluded."resolvedAt", excluded.channel)
         returning (xmax = 0) as inserted
       ) select (count(*) filter (where inserted))::int as inserted, (count(*) filter (where not inserted))::int as updated from up`,
      items.map((i) => i.code),
      items.map((i) => i.unitId),
      items.map((i) => i.subject),
      items.map((i) => i.receivedAt),
      items.map((i) => i.dueAt),
      items.map((i) => i.resolvedAt),
      items.map((i) => i.channel),
    );
    const counts = {
      rows: items.length,
      inserted: r!.inserted,
      updated: r!.updated,
      unchanged: items.length - r!.inserted - r!.updated,
    };
    if (counts.inserted + counts.updated > 0)
      await recordAudit({ actor, action: "import", entity: "Feedback", newValue: { via, ...counts } }, tx);
    return { ...counts, errors: [] };
  });
}
