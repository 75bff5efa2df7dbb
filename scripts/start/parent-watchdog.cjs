// Preloaded (node --require) into the app server the start script runs: when the start script dies
// without stopping it (SIGKILL), this process is re-parented, and it ends itself rather than keep
// serving on the port with nobody supervising it.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.kill(process.pid, "SIGTERM");
}, 500).unref();
