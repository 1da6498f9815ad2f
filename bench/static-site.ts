/**
 * The physical limit: nginx serving a saved copy of each page, gzip-compressed once in advance —
 * no application, no cache lookup, no compression per request. Each page is fetched once from the
 * portal (asking for gzip, as the load does), its bytes and its own response headers saved, and
 * served by a minimal nginx (this process's child, `daemon off;`) with those headers.
 *
 * Why the headers too: every answer of the portal carries its Content-Security-Policy, the other
 * security headers and Next's Vary — about 1 KB, as much as a fifth of a small compressed page —
 * and any server of the page must send them; a copy without them measures those bytes, not the
 * server (docs/benchmarks.md, "Why the static copy carries the page's headers").
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import { startChild, type RunningServer } from "./portal";
import type { Target } from "./load";

export const NGINX = "/usr/sbin/nginx";

interface Saved {
  target: Target;
  file: string;
  contentType: string;
  /** The page's own response headers, as a visitor gets them from the portal (name, value). */
  headers: [string, string][];
  bytes: number;
}

/** Not the page's: the connection's, the transfer's, or the ones nginx writes itself. */
const NOT_SAVED = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-type", "content-encoding", "server", "x-cache-status"]);

/** GET with Accept-Encoding: gzip, without decompressing (fetch would). */
function getRaw(url: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { "accept-encoding": "gzip" }, timeout: 60_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error(`timeout: ${url}`)));
    request.on("error", reject);
  });
}

/** Saves each target's gzip bytes as answered by `baseUrl` into `dir` (recompressed only if the portal sent it plain). */
export async function saveCopies(baseUrl: string, targets: Target[], dir: string): Promise<Saved[]> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const saved: Saved[] = [];
  for (const [i, target] of targets.entries()) {
    // Twice: the first request may be the one that fills the portal's cache.
    await getRaw(baseUrl + target.path);
    const { status, headers, body } = await getRaw(baseUrl + target.path);
    if (status !== 200) throw new Error(`saving ${target.path}: HTTP ${status}`);
    const gzip = headers["content-encoding"] === "gzip" ? body : zlib.gzipSync(body, { level: 9 });
    const file = `page-${i}.gz`;
    fs.writeFileSync(path.join(dir, file), gzip);
    const own = Object.entries(headers).flatMap(([name, value]) =>
      NOT_SAVED.has(name) || value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v): [string, string] => [name, v]),
    );
    saved.push({ target, file, contentType: String(headers["content-type"] ?? "text/html; charset=utf-8"), headers: own, bytes: gzip.length });
  }
  return saved;
}

const quote = (s: string) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

/** A header value as an nginx string; nginx would read `$` as a variable, and no page sends one. */
function headerValue(value: string): string {
  if (value.includes("$")) throw new Error(`a saved header holds "$", which nginx cannot serve as is: ${value}`);
  return quote(value);
}

/** Starts nginx on `port` serving the saved copies at their original addresses (path and query). */
export async function startStaticNginx(saved: Saved[], dir: string, port: number): Promise<RunningServer> {
  const prefix = path.resolve(dir);
  const locationOf = (s: Saved) => `/_saved/${s.file}`;
  const conf = `# Written by bench/static-site.ts: the saved, pre-compressed copies of the measured pages.
worker_processes auto;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65s;
  keepalive_requests 10000;
  client_body_temp_path ${prefix}/tmp;
  proxy_temp_path ${prefix}/tmp;
  fastcgi_temp_path ${prefix}/tmp;
  uwsgi_temp_path ${prefix}/tmp;
  scgi_temp_path ${prefix}/tmp;
  map_hash_bucket_size 512;
  map $request_uri $saved {
    default "";
${saved.map((s) => `    ${quote(s.target.path)} ${quote(locationOf(s))};`).join("\n")}
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      if ($saved = "") { return 404; }
      rewrite ^ $saved? last;
    }
${saved
  .map(
    (s) => `    location = ${locationOf(s)} {
      internal;
      alias ${path.join(prefix, s.file)};
      types { }
      default_type ${quote(s.contentType)};
      add_header Content-Encoding gzip;
${s.headers.map(([name, value]) => `      add_header ${name} ${headerValue(value)};`).join("\n")}
    }`,
  )
  .join("\n")}
  }
}
`;
  fs.mkdirSync(path.join(prefix, "tmp"), { recursive: true });
  const confFile = path.join(prefix, "nginx.conf");
  fs.writeFileSync(confFile, conf);
  const baseUrl = `http://127.0.0.1:${port}`;
  const first = saved[0];
  return startChild("nginx (static copies)", NGINX, ["-p", prefix, "-e", path.join(prefix, "error.log"), "-c", confFile], process.env, baseUrl, async () =>
    first ? (await getRaw(baseUrl + first.target.path)).status === 200 : true,
  );
}
