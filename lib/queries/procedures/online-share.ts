// The shares of a unit's procedures offered as online public services: fully online (toàn trình)
// ÷ all, which the README and the province's target judge (issue 12: 18 full of 129 is 13,95 %),
// and full or partial ÷ all (18 + 40 of 129: 44,96 %), shown apart.
// Catalogues are kept by year. In a year each unit's catalogue in force is read: its catalogue of
// that year, else its latest earlier one, else (none earlier) its earliest, so that a unit with one
// catalogue has it in every year, as before catalogues had years.
import { db } from "../../db/client";

export type ProcedureOnlineShare = {
  unitId: number;
  /** the year of the catalogue counted */
  catalogueYear: number;
  total: number;
  fullyOnline: number;
  partlyOnline: number;
  /** fully online ÷ all, % */
  onlineRate: number | null;
  /** fully or partly online ÷ all, % */
  anyOnlineRate: number | null;
};

/**
 * The procedures of each unit's catalogue in force in a year, as SQL (columns of "Procedure"):
 * `units` and `year` are the placeholders of an int[] (null: every unit) and an int.
 */
export function proceduresInForce(units: string, year: string): string {
  return `(select p.* from "Procedure" p join (
             select "unitId", coalesce(max(year) filter (where year <= ${year}::int), min(year)) as year
             from "Procedure" where (${units}::int[] is null or "unitId" = any(${units}::int[])) group by "unitId"
           ) c on c."unitId" = p."unitId" and c.year = p.year)`;
}

export async function procedureOnlineShare(
  unitIds: number[] | null,
  year: number,
): Promise<ProcedureOnlineShare[]> {
  return db().$queryRawUnsafe<ProcedureOnlineShare[]>(
    `select "unitId", min(year)::int as "catalogueYear", count(*)::int as total,
            (count(*) filter (where "onlineLevel" = 'TOAN_TRINH'))::int as "fullyOnline",
            (count(*) filter (where "onlineLevel" = 'MOT_PHAN'))::int as "partlyOnline",
            round((count(*) filter (where "onlineLevel" = 'TOAN_TRINH')) * 100.0 / nullif(count(*), 0), 2)::float8 as "onlineRate",
            round((count(*) filter (where "onlineLevel" <> 'KHONG')) * 100.0 / nullif(count(*), 0), 2)::float8 as "anyOnlineRate"
     from ${proceduresInForce("$1", "$2")} p group by "unitId"`,
    unitIds,
    year,
  );
}

/** One unit's catalogue in force in a year, by code. */
export async function unitProcedures(unitId: number, year: number) {
  return db().$queryRawUnsafe<
    { id: number; year: number; code: string; name: string; field: string | null; onlineLevel: string }[]
  >(
    `select id, year, code, name, field, "onlineLevel" from ${proceduresInForce("$1", "$2")} p order by code`,
    [unitId],
    year,
  );
}

/** Years that have a catalogue (for the year picker), newest first. */
export async function procedureYears(unitIds: number[] | null): Promise<number[]> {
  const rows = await db().$queryRawUnsafe<{ year: number }[]>(
    `select distinct year from "Procedure" where ($1::int[] is null or "unitId" = any($1::int[])) order by 1 desc`,
    unitIds,
  );
  return rows.map((r) => r.year);
}
