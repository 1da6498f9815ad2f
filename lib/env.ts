/**
 * The portal's configuration, parsed once. Nothing else reads process.env.
 *
 * - DATABASE_URL: a PostgreSQL server (production, CI). Unset → the embedded database (PGlite).
 * - DATABASE_OWNER_URL: optional, the same database as the role that owns the tables. When set,
 *   migrations (server start, `npm run db:migrate`, `npm run db:grant`) run as this role and the
 *   portal itself as DATABASE_URL's role, which the owner grants less (db/roles.ts): it cannot
 *   rewrite the audit trail or change the schema. Unset → DATABASE_URL's role does both.
 * - PGLITE_DIR: where the embedded database keeps its files (default .data/pglite, git-ignored).
 * - SEED_DEMO: load the seed and demo data at server start when the database is empty. Default:
 *   on for the embedded database (a newcomer's `npm start`), off for a PostgreSQL server.
 * - NEXTAUTH_SECRET: signs the session tokens. Real deployments set it (the same on every server
 *   instance); when unset, one is generated on first start and kept in .data/ (lib/auth/secret.ts).
 * - PUBLIC_URL: the portal's public address for absolute links (sitemap, robots.txt); defaults to
 *   NEXTAUTH_URL, else http://localhost:3000.
 * - NEXTAUTH_URL: the portal's public address. When unset, next-auth is told to trust the Host
 *   header (AUTH_TRUST_HOST), which is right for a newcomer's machine and for the tests.
 * - SMTP_URL: optional, e.g. smtp://user:pass@mail.example.cn:587 or smtps://…: notifications are then
 *   also mailed (lib/notifications/mailer.ts), to users who gave an address and want them. Unset → in-app only.
 * - SMTP_FROM: the sender of those mails (default 部门预算公开平台 <no-reply@localhost>).
 * - TRUSTED_PROXIES: how many proxies in front of the portal append to X-Forwarded-For (a whole
 *   number, default 0: the address is the socket's). See lib/auth/client-ip.ts.
 */
import path from "node:path";
import { z } from "zod";

const flag = z
  .enum(["1", "0", "true", "false"])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === "1" || v === "true"));

const envSchema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL 须为 postgres:// 地址" }).optional(),
  DATABASE_OWNER_URL: z.url({ protocol: /^postgres(ql)?$/, error: "DATABASE_OWNER_URL 须为 postgres:// 地址" }).optional(),
  PGLITE_DIR: z.string().min(1).optional(),
  SEED_DEMO: flag,
  NEXT_PHASE: z.string().optional(),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET 至少 32 个字符").optional(),
  NEXTAUTH_URL: z.url().optional(),
  PUBLIC_URL: z.url().optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: "REDIS_URL 须为 redis:// 或 rediss:// 地址" }).optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "SMTP_URL 须为 smtp:// 或 smtps:// 地址" }).optional(),
  SMTP_FROM: z.string().min(3).optional(),
  TRUSTED_PROXIES: z
    .string()
    .regex(/^\d{1,2}$/, "TRUSTED_PROXIES 须为 0–99 的整数")
    .optional()
    .transform((v) => (v === undefined ? 0 : Number(v))),
});

function parse() {
  const raw = envSchema.parse({
    DATABASE_URL: process.env.DATABASE_URL || undefined,
    DATABASE_OWNER_URL: process.env.DATABASE_OWNER_URL || undefined,
    PGLITE_DIR: process.env.PGLITE_DIR || undefined,
    SEED_DEMO: process.env.SEED_DEMO || undefined,
    NEXT_PHASE: process.env.NEXT_PHASE,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || undefined,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || undefined,
    PUBLIC_URL: process.env.PUBLIC_URL || undefined,
    TRUSTED_PROXIES: process.env.TRUSTED_PROXIES?.trim() || undefined,
    REDIS_URL: process.env.REDIS_URL || undefined,
    SMTP_URL: process.env.SMTP_URL || undefined,
    SMTP_FROM: process.env.SMTP_FROM || undefined,
  });
  // next-auth reads these two from process.env itself.
  if (!raw.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= "1";
  const embedded = raw.DATABASE_URL === undefined;
  // The embedded database has a single role: an owner URL there would be a mistake, not a choice.
  if (embedded && raw.DATABASE_OWNER_URL) throw new Error("设置了 DATABASE_OWNER_URL 时也须设置 DATABASE_URL（门户运行所用的角色）");
  // Several instances (a shared cache): each must accept the others' sessions, and share one database.
  if (raw.REDIS_URL && !raw.NEXTAUTH_SECRET) throw new Error("设置了 REDIS_URL（多实例）时须设置 NEXTAUTH_SECRET，且各实例相同");
  if (raw.REDIS_URL && embedded) throw new Error("设置了 REDIS_URL（多实例）时须设置 DATABASE_URL：嵌入式数据库只能由一个进程使用");
  return {
    databaseUrl: raw.DATABASE_URL,
    databaseOwnerUrl: raw.DATABASE_OWNER_URL,
    pgliteDir: path.resolve(/*turbopackIgnore: true*/ raw.PGLITE_DIR ?? path.join(".data", "pglite")),
    authSecret: raw.NEXTAUTH_SECRET,
    publicUrl: (raw.PUBLIC_URL ?? raw.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, ""),
    /** Where generated local state (the session secret) is kept: beside the embedded data. */
    dataDir: path.resolve(/*turbopackIgnore: true*/ ".data"),
    /** Proxies in front of the portal that append to X-Forwarded-For; 0 = the socket's address. */
    trustedProxies: raw.TRUSTED_PROXIES,
    /** The shared cache of several instances (read by lib/csp-cache-handler.mjs itself); none: this process's memory. */
    redisUrl: raw.REDIS_URL,
    /** Notification mail: the SMTP server, or null for in-app notifications only. */
    smtpUrl: raw.SMTP_URL ?? null,
    mailFrom: raw.SMTP_FROM ?? "部门预算公开平台 <no-reply@localhost>",
    seedDemoOnStart: raw.SEED_DEMO ?? embedded,
    /** True while `next build` runs: nothing may open the database then. */
    isBuild: raw.NEXT_PHASE === "phase-production-build",
  };
}

export const env = parse();
