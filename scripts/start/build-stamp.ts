// What a production build was made from: the git commit and a hash of every source file's content.
// `npm start` rebuilds when it differs, so a checkout updated by `git pull` (or edited) never serves
// an old build; `.next/BUILD_ID` only says that some build exists.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const SOURCE_DIRS = ["app", "components", "lib", "public", "prisma"];
const SOURCE_FILES = [
  "package.json",
  "package-lock.json",
  "next.config.ts",
  "tsconfig.json",
  "postcss.config.mjs",
];
const STAMP = ".next/cchc-build.json";

function* files(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (e.isFile() && !/\.test\.tsx?$/.test(e.name)) yield p;
  }
}

export function buildSource(root = process.cwd()): { commit: string | null; sources: string } {
  const hash = createHash("sha256");
  const all = [
    ...SOURCE_DIRS.flatMap((d) => [...files(path.join(root, d))]),
    ...SOURCE_FILES.map((f) => path.join(root, f)).filter((f) => existsSync(f)),
  ].sort();
  for (const f of all) hash.update(path.relative(root, f)).update("\0").update(readFileSync(f)).update("\0");
  let commit: string | null = null;
  try {
    commit = execFileSync("git", ["rev-parse", "HEAD"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {}
  return { commit, sources: hash.digest("hex") };
}

/** Why a build is needed, or null when the current build was made from these sources. */
export function rebuildReason(current: ReturnType<typeof buildSource>, root = process.cwd()): string | null {
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) return "chưa có bản biên dịch";
  let built: { commit?: string | null; sources?: string } = {};
  try {
    built = JSON.parse(readFileSync(path.join(root, STAMP), "utf8"));
  } catch {
    return "bản biên dịch không ghi nguồn";
  }
  if (built.sources !== current.sources)
    return current.commit && built.commit !== current.commit
      ? `mã nguồn đã đổi (${built.commit?.slice(0, 8) ?? "?"} → ${current.commit.slice(0, 8)})`
      : "mã nguồn đã đổi";
  return null;
}

export function recordBuild(source: ReturnType<typeof buildSource>, root = process.cwd()): void {
  writeFileSync(
    path.join(root, STAMP),
    JSON.stringify({ ...source, builtAt: new Date().toISOString() }, null, 2),
  );
}
