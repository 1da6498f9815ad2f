import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

/** What a browser makes of `path` on the portal: must stay on the portal. */
function browserDestination(path: string) {
  return new URL(path, "https://portal.example.gov.cn");
}

describe("safeReturnPath", () => {
  it("keeps the portal's own paths, with their query and hash", () => {
    expect(safeReturnPath("/edit/12")).toBe("/edit/12");
    expect(safeReturnPath("/review?status=submitted#list")).toBe("/review?status=submitted#list");
    expect(safeReturnPath("/admin/users/3")).toBe("/admin/users/3");
    expect(safeReturnPath(["/edit", "/admin"])).toBe("/edit");
  });

  // As the searchParams hand them over (already percent-decoded once).
  const offSite = [
    "/\\evil.example/x", // /%5Cevil.example/x
    "/\t/evil.example/x", // /%09/evil.example/x
    "/\n/evil.example/x",
    "/\r\n/evil.example",
    "/ /evil.example",
    "//evil.example/x",
    "///evil.example/x",
    "/\\/evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "/%5Cevil.example", // doubly encoded: stays a path on the portal (checked below)
    "https://evil.example/x",
    "http:evil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
    " /edit",
  ];

  it.each(offSite)("never sends the browser to another site: %j", (input) => {
    const result = safeReturnPath(input);
    expect(browserDestination(result).origin).toBe("https://portal.example.gov.cn");
    expect(result.startsWith("/") && !result.startsWith("//") && !result.includes("\\")).toBe(true);
  });

  it("sends the known bypasses to the workspace", () => {
    for (const input of ["/\\evil.example/x", "/\t/evil.example/x", "//evil.example", "/\\/evil.example", "https://evil.example/", "javascript:alert(1)"]) {
      expect(safeReturnPath(input)).toBe("/workspace");
    }
    expect(safeReturnPath(undefined)).toBe("/workspace");
    expect(safeReturnPath("/" + "a".repeat(3000))).toBe("/workspace");
  });
});
