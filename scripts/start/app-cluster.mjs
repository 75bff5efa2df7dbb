// The production app server as several processes sharing one port (node:cluster): `next start`
// renders pages on one thread, so on a machine with n cores one process leaves n − 1 of them idle
// while requests queue. Run as `node app-cluster.mjs <processes> <next bin> start -p <port>`.
//
// Nothing that matters lives in one process's memory (sessions, jobs and files are shared through
// the database and the file store, issue 14), so requests may land on any process. A process that
// dies is logged and ends the whole server with status 1, as a single `next start` dying does: the
// start script (or systemd) decides what happens next. SIGTERM/SIGINT stop every process.
import cluster from "node:cluster";

const [count, nextBin, ...args] = process.argv.slice(2);
const log = (m) => console.error(`[cchc] ${m}`);
let stopping = false;
let exitCode = 0;

cluster.setupPrimary({ exec: nextBin, args });
for (let i = 0; i < Number(count); i++) cluster.fork();

cluster.on("exit", (worker, code, signal) => {
  if (stopping) {
    if (Object.keys(cluster.workers).length === 0) process.exit(exitCode);
    return;
  }
  log(
    `Tiến trình ứng dụng ${worker.process.pid} đã dừng ngoài ý muốn (${signal ? `tín hiệu ${signal}` : `mã ${code}`})`,
  );
  stop(1);
});

function stop(code) {
  if (stopping) return;
  stopping = true;
  exitCode = code;
  for (const w of Object.values(cluster.workers)) w.process.kill("SIGTERM");
  setTimeout(() => process.exit(code), 3000).unref();
  if (Object.keys(cluster.workers).length === 0) process.exit(code);
}

for (const s of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(s, () => stop(0));
