import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests in Chromium against the built portal. The server runs on a fresh embedded
 * database (.data/e2e-pglite, wiped first), or on DATABASE_URL when set; either way it migrates
 * and seeds itself at start.
 */
// E2E_PORT lets a second checkout run its end-to-end tests beside this one.
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;
// Browsers cannot be downloaded on our machines: use Debian's Chromium where it is installed.
const systemChromium = "/usr/bin/chromium";
const executablePath = fs.existsSync(systemChromium) ? systemChromium : undefined;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL,
    locale: "zh-CN",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `rm -rf .data/e2e-pglite .data/e2e-pglite.lock && node --import tsx deploy/start.ts -H 127.0.0.1 -p ${port}`,
    url: baseURL,
    timeout: 240_000,
    // Locally a server already on the port is reused (fast iteration); CI always starts its own.
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    env: { PGLITE_DIR: ".data/e2e-pglite", SEED_DEMO: "1" },
  },
});
