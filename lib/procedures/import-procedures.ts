// Creates or updates procedures keyed by (unit, code) in one statement; unchanged rows are not written.
import { db } from "../db/client";
import type { ProcedureInput } from "./procedures-file";

export async function importProcedures(
  ps: ProcedureInput[],
): Promise<{ inserted: number; updated: number; unchanged: number }> {
  if (ps.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  const [r] = await db().$queryRawUnsafe<{ inserted: number; updated: number }[]>(
    `with up as (
       insert into "Procedure" ("unitId", code, name, field, "onlineLevel")
       select * from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::"OnlineLevel"[])
       on conflict ("unitId", code) do update set name = excluded.name, field = excluded.field, "onlineLevel" = excluded."onlineLevel"
       where ("Procedure".name, "Procedure".field, "Procedure"."onlineLevel") is distinct from (excluded.name, excluded.field, excluded."onlineLevel")
       returning (xmax = 0) as inserted
     ) select (count(*) filter (where inserted))::int as inserted, (count(*) filter (where not inserted))::int as updated from up`,
    ps.map((p) => p.unitId),
    ps.map((p) => p.code),
    ps.map((p) => p.name),
    ps.map((p) => p.field),
    ps.map((p) => p.onlineLevel),
  );
  return { inserted: r!.inserted, updated: r!.updated, unchanged: ps.length - r!.inserted - r!.updated };
}
