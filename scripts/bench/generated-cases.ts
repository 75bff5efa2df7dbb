// More cases like the demo's (each unit's only while it exists, 2022–2026), with other codes, imported
// through the same import as the CLI: the volume the dashboard and load benchmarks read at scale.
import { performance } from "node:perf_hooks";
import type { SourceRow } from "../../lib/cases/case-source";

export async function addGeneratedCases(count: number): Promise<{ inserted: number; seconds: number }> {
  const { db } = await import("../../lib/db/client");
  const { importCases } = await import("../../lib/cases/import-cases");
  const { generateDemoCases } = await import("../../lib/demo/cases");
  const { rng } = await import("../../lib/demo/random");
  const units = (
    await db().unit.findMany({
      select: { id: true, code: true, level: true, validFrom: true, validTo: true },
    })
  ).map((u) => ({
    id: u.id,
    code: u.code,
    level: u.level as "tinh" | "huyen" | "xa",
    validFrom: u.validFrom?.toISOString().slice(0, 10) ?? null,
    validTo: u.validTo?.toISOString().slice(0, 10) ?? null,
  }));
  const t = performance.now();
  const extra = generateDemoCases(units, count, rng(7));
  const batches = function* (): Generator<SourceRow[]> {
    let batch: SourceRow[] = [];
    for (const row of extra) {
      const get = row.get;
      batch.push({ row: row.row, get: (c) => (c === "ma_ho_so" ? `X${get(c)}` : get(c)) });
      if (batch.length === 5000) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  };
  const r = await importCases(batches());
  if (!r.ok) throw new Error(`nhập lỗi: ${JSON.stringify(r.errors.slice(0, 3))}`);
  await db().$executeRawUnsafe(`vacuum analyze`);
  return { inserted: r.inserted, seconds: (performance.now() - t) / 1000 };
}
