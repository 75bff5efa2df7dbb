// How the production app server is run, for the start script and the load benchmark alike: one
// `next start` per process, CCHC_APP_PROCESSES of them sharing the port (scripts/start/app-cluster.mjs).
// Next.js renders a page on one thread, so by default there is one process per core (at most 4).
import { availableParallelism } from "node:os";
import path from "node:path";

export const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

/** The number of app processes: CCHC_APP_PROCESSES (1–32), else one per core up to 4. */
export function appProcesses(env: Record<string, string | undefined> = process.env): number {
  const raw = env.CCHC_APP_PROCESSES?.trim();
  if (!raw) return Math.max(1, Math.min(4, availableParallelism()));
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 32)
    throw new Error(`CCHC_APP_PROCESSES phải là số nguyên từ 1 đến 32 (đang là "${raw}")`);
  return n;
}

/**
 * V8's young generation at 32 MB a half instead of 16: rendering a page allocates a lot of
 * short-lived objects, and fewer scavenges gave 3–4 % more pages a second under load with a lower
 * p95 (npm run bench -- load) for some 50 MB more per process.
 */
export const APP_NODE_FLAGS = ["--max-semi-space-size=32"];

/** node's arguments for the production server on `port` (cluster processes inherit the flags). */
export function appServerArgs(port: string, processes: number): string[] {
  const start = [NEXT_BIN, "start", "-p", port];
  if (processes === 1) return [...APP_NODE_FLAGS, ...start];
  return [
    ...APP_NODE_FLAGS,
    path.resolve(import.meta.dirname, "app-cluster.mjs"),
    String(processes),
    ...start,
  ];
}
