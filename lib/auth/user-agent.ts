/** Browsers in the order their tokens must be tested: Edge and Chrome also say "Safari". */
const BROWSERS: [string, RegExp][] = [
  ["Edge", /Edg\/(\d+)/],
  ["Firefox", /Firefox\/(\d+)/],
  ["Chrome", /(?:Chrome|Chromium)\/(\d+)/],
  ["Safari", /Version\/(\d+).*Safari/],
];
const SYSTEMS: [string, RegExp][] = [
  ["Windows", /Windows/],
  ["Android", /Android/],
  ["iOS", /iPhone|iPad/],
  ["macOS", /Mac OS X/],
  ["Linux", /Linux/],
];

/** "Chrome 120（Windows）": enough for a user to recognise their own sessions. */
export function browserLabel(userAgent: string): string {
  let browser: string | null = null;
  for (const [name, pattern] of BROWSERS) {
    const match = pattern.exec(userAgent);
    if (match) {
      browser = `${name} ${match[1]}`;
      break;
    }
  }
  const system = SYSTEMS.find(([, pattern]) => pattern.test(userAgent))?.[0] ?? null;
  if (!browser && !system) return userAgent ? "其他浏览器" : "未知浏览器";
  return system ? `${browser ?? "浏览器"}（${system}）` : browser!;
}
