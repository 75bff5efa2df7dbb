// A stand-in app server for the crash test: this process's queue workers, until it is killed.
import { startWorkers } from "../../lib/jobs/workers";

await startWorkers();
process.stdout.write("worker ready\n");
setInterval(() => {}, 60_000);
