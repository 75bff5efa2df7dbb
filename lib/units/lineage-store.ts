// Reading the stored lineage: every edge (a province has hundreds at most, read whole), and the
// units' validity for checks. Query module: the only place lineage rows are read.
import { cache as perRequest } from "react";
import { db, type Db } from "../db/client";
import type { LineageEdge, LineageKind } from "./lineage";
import type { LineageUnit } from "./lineage-file";

type Reader = Pick<Db, "unitLineage" | "unit">;

const day = (d: Date | null) => (d === null ? null : d.toISOString().slice(0, 10));

/**
 * The lineage as a page reads it: once per request however many parts ask (the session's inherited
 * units, a profile's predecessors, figures on today's structure); outside a page, every time.
 * Writers read through their transaction with lineageEdges(tx).
 */
export const pageLineageEdges: () => Promise<readonly LineageEdge[]> = perRequest(() => lineageEdges());

export async function lineageEdges(client: Reader = db()): Promise<LineageEdge[]> {
  const rows = await client.unitLineage.findMany({ orderBy: [{ effectiveDate: "asc" }, { id: "asc" }] });
  return rows.map((r) => ({
    from: r.fromUnitId,
    to: r.toUnitId,
    date: day(r.effectiveDate)!,
    kind: r.kind as LineageKind,
    share: r.share === null ? null : Number(r.share),
  }));
}

export async function lineageUnits(client: Reader = db()): Promise<Map<string, LineageUnit>> {
  const rows = await client.unit.findMany({
    select: { id: true, code: true, validFrom: true, validTo: true },
  });
  return new Map(
    rows.map((u) => [
      u.code,
      { id: u.id, code: u.code, validFrom: day(u.validFrom), validTo: day(u.validTo) },
    ]),
  );
}
