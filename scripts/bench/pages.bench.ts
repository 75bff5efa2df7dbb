// Server time of the rankings page's and a unit profile's data functions on the demo province
// (a throwaway database: createTestDatabase + seedDemo, ~1 min), median of 10 runs after a warm-up;
// and, when a production build exists in .next, the JavaScript the browser loads for those pages.
import { performance } from "node:perf_hooks";
import { existsSync, readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";

const RUNS = 10;
const TARGET_MS = 300;

async function median(label: string, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const m = (times[(RUNS - 1) >> 1]! + times[RUNS >> 1]!) / 2;
  console.log(
    `${label.padEnd(48)} median ${m.toFixed(1).padStart(7)} ms  (min ${times[0]!.toFixed(1)}, max ${times[RUNS - 1]!.toFixed(1)})  ${m < TARGET_MS ? "ok" : `OVER ${TARGET_MS} ms`}`,
  );
  return m;
}

function browserJs(route: string): void {
  const dir = path.resolve(import.meta.dirname, "../../.next");
  const manifest = path.join(dir, "server/app", route, "page_client-reference-manifest.js");
  if (!existsSync(manifest) || !existsSync(path.join(dir, "build-manifest.json"))) {
    console.log(
      `JS for /${route}: no production build with this page in .next (run \`next build\` first); skipped`,
    );
    return;
  }
  const text = readFileSync(manifest, "utf8");
  const entry = JSON.parse(
    text
      .slice(text.indexOf("=", text.indexOf("__RSC_MANIFEST[")) + 1)
      .trim()
      .replace(/;$/, ""),
  ) as { entryJSFiles?: Record<string, string[]> };
  const root = (
    JSON.parse(readFileSync(path.join(dir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] }
  ).rootMainFiles;
  const files = new Set([
    ...root,
    ...Object.entries(entry.entryJSFiles ?? {})
      .filter(([k]) => !/not-found|forbidden|global-error/.test(k))
      .flatMap(([, v]) => v),
  ]);
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const p = path.join(dir, f.replace(/^\/?_next\//, ""));
    if (!existsSync(p)) continue;
    raw += statSync(p).size;
    gz += gzipSync(readFileSync(p)).length;
  }
  const built = statSync(path.join(dir, "build-manifest.json"))
    .mtime.toISOString()
    .slice(0, 16)
    .replace("T", " ");
  console.log(
    `JS for /${route} (build of ${built} UTC): ${files.size} files, ${(raw / 1024).toFixed(0)} KiB (${(gz / 1024).toFixed(0)} KiB gzip)`,
  );
}

export async function run(): Promise<void> {
  const { createTestDatabase } = await import("../../tests/integration/test-database");
  const database = await createTestDatabase("cchc_bench");
  process.env.DATABASE_URL = database.url;
  try {
    const { seedDemo } = await import("../../lib/demo/index");
    const { db, disconnectDb } = await import("../../lib/db/client");
    const { rankingRounds } = await import("../../lib/queries/reports/ranking-rounds");
    const { rankingData } = await import("../../lib/queries/reports/rankings");
    const { unitProfileData } = await import("../../lib/queries/reports/unit-profile");
    const { provinceOverview } = await import("../../lib/queries/reports/province-overview");
    const { pickRound } = await import("../../lib/reports/pick-round");
    const { filterRankingRows, parseRankingQuery, sortRankingRows } =
      await import("../../lib/reports/ranking-table");
    const t = performance.now();
    await seedDemo((m) => process.stderr.write(`  ${m}\n`));
    console.log(`demo province seeded in ${((performance.now() - t) / 1000).toFixed(0)} s`);

    // what app/(app)/xep-hang/page.tsx does with its search params
    const rankingsPage = async (sp: Record<string, string>) => {
      const pick = pickRound(sp, await rankingRounds());
      const data = (await rankingData(pick!.year, pick!.group))!;
      const q = parseRankingQuery(
        sp,
        data.fields.map((f) => f.code),
      );
      return sortRankingRows(filterRankingRows(data.rows, q), q.sort, q.dir);
    };
    // what app/(app)/don-vi/[code]/page.tsx does
    const profilePage = async (code: string, year?: number) => {
      const unit = await db().unit.findUniqueOrThrow({ where: { code } });
      return unitProfileData(unit, year ?? null);
    };
    await median("rankings, latest published year, group SO", () => rankingsPage({}));
    await median("rankings sorted by LV3, group XA (40 units)", () =>
      rankingsPage({ khoi: "XA", sap_xep: "field:3" }),
    );
    await median("rankings 2024 SO, provisional (computed live)", () =>
      rankingsPage({ nam: "2024", khoi: "SO" }),
    );
    await median("unit profile SO_TTTT (3 years, one live)", () => profilePage("SO_TTTT"));
    await median("unit profile of a commune (group of 40)", async () =>
      profilePage(
        (await db().unit.findFirstOrThrow({ where: { group: "XA" }, orderBy: { code: "asc" } })).code,
      ),
    );
    await median("province overview sections", () => provinceOverview());
    await disconnectDb();
  } finally {
    await database.drop();
  }
  browserJs("(app)/xep-hang");
  browserJs("(app)/don-vi/[code]");
}
