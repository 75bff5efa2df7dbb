// `npm run bench`: runs every scripts/bench/*.bench.ts in turn; each prints its own figures.
// Speed targets are measured here, never by timed assertions in tests.
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const dir = import.meta.dirname;
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => !only || f.startsWith(only))
  .sort();
for (const f of files) {
  console.log(`\n== ${f.replace(/\.bench\.ts$/, "")} ==`);
  const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { run: () => Promise<void> };
  // each bench points DATABASE_URL at its own throwaway database; the next one must not inherit it
  const databaseUrl = process.env.DATABASE_URL;
  try {
    await mod.run();
  } finally {
    if (databaseUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = databaseUrl;
  }
}
