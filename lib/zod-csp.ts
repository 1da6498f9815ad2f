/**
 * Imported (for its effect) by every lib/ module that defines zod schemas the browser may run.
 * In the browser, zod's compiled parsers would need eval, which the Content Security Policy
 * refuses (lib/security-headers.ts), and zod's probe for eval is itself reported as a CSP
 * violation even though zod catches it. `jitless` skips both; the server keeps the faster parsers.
 */
import { z } from "zod";

if (typeof window !== "undefined") z.config({ jitless: true });
