// The checkout's data folder (CCHC_DATA_DIR, default .data/): PostgreSQL, uploads, files being imported.
// Read at call time, and kept apart from lib/env.ts so that importing it does not parse the environment
// (the embedded database's module is loaded before tests set theirs).
import path from "node:path";

export function dataDir(): string {
  return path.resolve(process.env.CCHC_DATA_DIR ?? path.join(process.cwd(), ".data"));
}
