/**
 * Preloaded into the benchmark's `next start` (NODE_OPTIONS=--require): fixes its process title
 * as "portal-bench-server" instead of Next's "next-server (vX)", so that a broad
 * `pkill -f next-server` run by someone else on a shared machine does not end a benchmark midway.
 */
process.title = "portal-bench-server";
Object.defineProperty(process, "title", { configurable: true, get: () => "portal-bench-server", set: () => {} });
