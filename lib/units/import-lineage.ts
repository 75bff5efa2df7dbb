// Stores lineage events from a checked lineage file, all or nothing, keyed by (old unit, new unit):
// re-importing the same file changes nothing. An old unit that ends (merged, divided, renamed)
// without an end date gets the day before the event as its last day. Every change is audited.
import { db } from "../db/client";
import { recordAudit } from "../audit/record";
import type { RowError } from "../csv/read-csv";
import { ENDING_KINDS } from "./lineage";
import { lineageProblems, previousDay, type LineageRow } from "./lineage-file";
import { lineageEdges, lineageUnits } from "./lineage-store";
import { carryOverRemediation } from "./carry-over";

export type ImportLineageResult = {
  created: number;
  updated: number;
  unchanged: number;
  unitsEnded: number;
  itemsCarried: number;
  errors: RowError[];
};

const asDate = (d: string) => new Date(`${d}T00:00:00Z`);

export async function importLineage(
  rows: LineageRow[],
  actor: { id: number; username?: string } | null,
  today = new Date().toISOString().slice(0, 10),
): Promise<ImportLineageResult> {
  return db().$transaction(
    async (tx) => {
      // Serialises lineage imports: each checks the whole graph, which another could change meanwhile.
      await tx.$executeRaw`select pg_advisory_xact_lock(7766011)`;
      const units = await lineageUnits(tx);
      const stored = await lineageEdges(tx);
      const errors = lineageProblems(rows, units, stored);
      if (errors.length)
        return { created: 0, updated: 0, unchanged: 0, unitsEnded: 0, itemsCarried: 0, errors };
      let created = 0,
        updated = 0,
        unchanged = 0,
        unitsEnded = 0,
        itemsCarried = 0;
      for (const r of rows) {
        const from = units.get(r.fromCode)!,
          to = units.get(r.toCode)!;
        const old = stored.find((e) => e.from === from.id && e.to === to.id);
        const data = { effectiveDate: asDate(r.date), kind: r.kind, share: r.share };
        if (!old) {
          const row = await tx.unitLineage.create({
            data: { fromUnitId: from.id, toUnitId: to.id, ...data },
          });
          created++;
          await recordAudit(
            {
              actor,
              action: "create",
              entity: "UnitLineage",
              entityId: row.id,
              unitId: to.id,
              reason: "Nhập tệp lịch sử đơn vị",
              newValue: { from: from.code, to: to.code, date: r.date, kind: r.kind, share: r.share },
            },
            tx,
          );
        } else if (old.date !== r.date || old.kind !== r.kind || old.share !== r.share) {
          await tx.unitLineage.update({
            where: { fromUnitId_toUnitId: { fromUnitId: from.id, toUnitId: to.id } },
            data,
          });
          updated++;
          await recordAudit(
            {
              actor,
              action: "update",
              entity: "UnitLineage",
              entityId: `${from.code}>${to.code}`,
              unitId: to.id,
              reason: "Nhập tệp lịch sử đơn vị",
              oldValue: { date: old.date, kind: old.kind, share: old.share },
              newValue: { date: r.date, kind: r.kind, share: r.share },
            },
            tx,
          );
        } else unchanged++;
        if (ENDING_KINDS.has(r.kind) && !from.validTo) {
          const last = previousDay(r.date);
          await tx.unit.update({ where: { id: from.id }, data: { validTo: asDate(last) } });
          from.validTo = last;
          unitsEnded++;
          await recordAudit(
            {
              actor,
              action: "update",
              entity: "Unit",
              entityId: from.id,
              unitId: from.id,
              reason: "Đơn vị kết thúc theo tệp lịch sử đơn vị",
              oldValue: { validTo: null },
              newValue: { validTo: last },
            },
            tx,
          );
        }
      }
      // Open remediation items of units that have ended pass to their successor (the largest share of
      // a split). Events still in the future leave the old unit its items until a later import.
      const ended = new Map<string, LineageRow>();
      for (const r of rows) {
        if (!ENDING_KINDS.has(r.kind) || r.date > today) continue;
        const had = ended.get(r.fromCode);
        if (!had || (r.share ?? 1) > (had.share ?? 1)) ended.set(r.fromCode, r);
      }
      for (const r of ended.values())
        itemsCarried += await carryOverRemediation(
          tx,
          units.get(r.fromCode)!.id,
          units.get(r.toCode)!.id,
          actor,
        );
      return { created, updated, unchanged, unitsEnded, itemsCarried, errors: [] };
    },
    { timeout: 120_000 },
  );
}
