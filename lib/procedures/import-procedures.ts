// A procedures file replaces, for each unit and year it lists, that unit's catalogue of the year:
// procedures keyed by (unit, year, code) are created or updated (unchanged rows are not written) and
// those the file no longer lists are removed. One transaction: all or nothing. Audited when anything
// changed.
import { db } from "../db/client";
import { recordAudit, type AuditEntry } from "../audit/record";
import type { ProcedureInput } from "./procedures-file";

export type ProceduresImportResult = {
  inserted: number;
  updated: number;
  unchanged: number;
  removed: number;
};

export async function importProcedures(
  ps: ProcedureInput[],
  actor: AuditEntry["actor"] = null,
): Promise<ProceduresImportResult> {
  if (ps.length === 0) return { inserted: 0, updated: 0, unchanged: 0, removed: 0 };
  return db().$transaction(async (tx) => {
    const [r] = await tx.$queryRawUnsafe<{ inserted: number; updated: number; removed: number }[]>(
      `with file as (
         select * from unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::"OnlineLevel"[])
           as f("unitId", year, code, name, field, "onlineLevel")
       ), gone as (
         delete from "Procedure" p
         where ("unitId", year) in (select distinct "unitId", year from file)
           and not exists (select 1 from file f where f."unitId" = p."unitId" and f.year = p.year and f.code = p.code)
         returning 1
       ), up as (
         insert into "Procedure" ("unitId", year, code, name, field, "onlineLevel")
         select * from file
         on conflict ("unitId", year, code) do update
           set name = excluded.name, field = excluded.field, "onlineLevel" = excluded."onlineLevel"
         where ("Procedure".name, "Procedure".field, "Procedure"."onlineLevel")
               is distinct from (excluded.name, excluded.field, excluded."onlineLevel")
         returning (xmax = 0) as inserted
       ) select (select count(*) from up where inserted)::int as inserted,
                (select count(*) from up where not inserted)::int as updated,
                (select count(*) from gone)::int as removed`,
      ps.map((p) => p.unitId),
      ps.map((p) => p.year),
      ps.map((p) => p.code),
      ps.map((p) => p.name),
      ps.map((p) => p.field),
      ps.map((p) => p.onlineLevel),
    );
    const result = {
      inserted: r!.inserted,
      updated: r!.updated,
      unchanged: ps.length - r!.inserted - r!.updated,
      removed: r!.removed,
    };
    if (result.inserted + result.updated + result.removed > 0) {
      const years = [...new Set(ps.map((p) => p.year))].sort();
      const units = new Set(ps.map((p) => p.unitId)).size;
      await recordAudit(
        {
          actor,
          action: "import",
          entity: "Procedure",
          entityId: years.join(","),
          unitId: units === 1 ? ps[0]!.unitId : null,
          newValue: { years, units, ...result },
        },
        tx,
      );
    }
    return result;
  });
}
