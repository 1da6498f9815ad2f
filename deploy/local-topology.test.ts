import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { NGINX_BINARY, renderNginxConf } from "./local-topology";

const template = fs.readFileSync(path.join(import.meta.dirname, "nginx.conf"), "utf8");
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function render(prefix: string) {
  return renderNginxConf(template, { prefix, listen: "127.0.0.1:3999", upstreams: ["127.0.0.1:3997", "127.0.0.1:3998"] });
}

describe("renderNginxConf", () => {
  it("fills every placeholder outside comments, one upstream line per instance", () => {
    const conf = render("/tmp/portal-x");
    const directives = conf.split("\n").filter((line) => !line.trimStart().startsWith("#"));
    expect(directives.join("\n")).not.toMatch(/\{\{\w+\}\}/);
    expect(conf).toContain("listen 127.0.0.1:3999;");
    expect(conf).toContain("server 127.0.0.1:3997 max_fails=2 fail_timeout=5s;");
    expect(conf).toContain("server 127.0.0.1:3998 max_fails=2 fail_timeout=5s;");
    expect(conf).toContain("proxy_cache_path /tmp/portal-x/cache ");
    // The header still explains the placeholders.
    expect(conf).toContain("#   {{upstreams}}");
  });

  it("refuses a template with a placeholder it does not know", () => {
    expect(() => renderNginxConf(`${template}\n# fine: {{other}}\nworker_rlimit_nofile {{other}};\n`, { prefix: "/p", listen: "1", upstreams: [] })).toThrow(/\{\{other\}\}/);
  });

  it.runIf(fs.existsSync(NGINX_BINARY))("gives a configuration nginx accepts (nginx -t)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-nginx-test-"));
    dirs.push(dir);
    fs.chmodSync(dir, 0o755);
    fs.writeFileSync(path.join(dir, "nginx.conf"), render(dir));
    const check = spawnSync(NGINX_BINARY, ["-t", "-p", dir, "-c", path.join(dir, "nginx.conf")], { encoding: "utf8" });
    expect(check.stderr).toContain("syntax is ok");
    expect(check.status).toBe(0);
  });
});
