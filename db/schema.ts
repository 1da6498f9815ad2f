/**
 * The portal's tables. Migrations in db/migrations are generated from this file by
 * `npm run db:generate` (drizzle-kit) and committed.
 *
 * What the database itself guarantees (so no code path can get it wrong):
 * - every reference is a foreign key; a version's department and year are those of its disclosure;
 * - one version number per disclosure; at most one published version per department and year;
 *   at most one open (draft / submitted / returned) version per disclosure;
 * - amounts are exact integers of 元 and never negative where a negative makes no sense, both in the
 *   headline-figure columns and inside the stored document.
 */
import { sql } from "drizzle-orm";
import {
  customType,
  bigint,
  bigserial,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { DisclosureDocument } from "../lib/disclosure/schema";
import { upgradedDocument } from "../lib/disclosure/upgrade";

/**
 * The stored disclosure document (jsonb). Every read passes through the document upgrade, so a
 * version stored under an older schemaVersion reads as the current one, and no stored row has to
 * be rewritten (published versions are kept exactly as approved).
 */
const documentColumn = customType<{ data: DisclosureDocument; driverData: unknown }>({
  dataType: () => "jsonb",
  toDriver: (value) => JSON.stringify(value),
  fromDriver: (value) => upgradedDocument(typeof value === "string" ? JSON.parse(value) : value),
});

/** A county (区县). A province-wide platform holds many, each with its own reviewers. */
export const regions = pgTable("regions", {
  id: serial("id").primaryKey(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  province: text("province").notNull(),
});

export const departments = pgTable(
  "departments",
  {
    id: serial("id").primaryKey(),
    regionId: integer("region_id")
      .notNull()
      .references(() => regions.id),
    /** Budget-unit code (预算单位编码), e.g. "434"; unique within a region. */
    code: text("code").notNull(),
    name: text("name").notNull(),
    /** Invented demonstration data, shown with a 示例数据 label. */
    isDemo: boolean("is_demo").notNull().default(false),
    /**
     * False once an admin deactivates the department: its editors can no longer draft (their session
     * lists it as read-only, db/queries/users.ts; they still read their past drafts and versions,
     * lib/auth/permissions.ts), and what it published stays public.
     */
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("departments_region_code").on(t.regionId, t.code),
    index("departments_name").on(t.name),
    // Public URLs and comparisons look departments up by code alone.
    index("departments_code").on(t.code),
  ],
);

export const fiscalYears = pgTable(
  "fiscal_years",
  {
    year: integer("year").primaryKey(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("fiscal_years_range", sql`${t.year} between 1990 and 2100`)],
);

export const roleEnum = pgEnum("role", ["editor", "reviewer", "admin"]);

export const users = pgTable("users", {
  id: serial("id").primaryKey(),
  username: text("username").notNull().unique(),
  displayName: text("display_name").notNull(),
  passwordHash: text("password_hash").notNull(),
  role: roleEnum("role").notNull(),
  /** The region a reviewer reviews (and an admin administers); editors are scoped by department. */
  regionId: integer("region_id").references(() => regions.id),
  disabled: boolean("disabled").notNull().default(false),
  /** Where notifications are mailed (when SMTP_URL is set); the user sets it on /account. */
  email: text("email"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const userDepartments = pgTable(
  "user_departments",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.departmentId] })],
);

/** One department's disclosure for one fiscal year; its content lives in its versions. */
export const disclosures = pgTable(
  "disclosures",
  {
    id: serial("id").primaryKey(),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    year: integer("year")
      .notNull()
      .references(() => fiscalYears.year),
    /** The finance bureau's approval (批复) of the budget: publication is due within 20 days. */
    approvalDate: date("approval_date"),
    isDemo: boolean("is_demo").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("disclosures_department_year").on(t.departmentId, t.year),
    // Lets versions reference (id, department, year) so their copies can never disagree.
    unique("disclosures_id_department_year").on(t.id, t.departmentId, t.year),
  ],
);

export const versionStatusEnum = pgEnum("version_status", [
  "draft",
  "submitted",
  "returned",
  "published",
  "superseded",
]);

/**
 * Paths inside the stored document whose amounts may never be negative (changes may be).
 * Checked by the database on every write, beside the zod validation of the application.
 */
const NON_NEGATIVE_DOCUMENT_PATHS = [
  "$.revenue.sources[*].amount",
  "$.revenue.statedTotal",
  "$.expenditure.personnel",
  "$.expenditure.publicFunds",
  "$.expenditure.projects[*].amount",
  "$.expenditure.statedTotal",
  "$.expenditure.statedBasic",
  "$.expenditure.statedProject",
  "$.change.prior.*",
  "$.operatingCosts.items[*].amount",
  "$.operatingCosts.statedTotal",
  "$.sangong.current.*",
  "$.sangong.prior.*",
  "$.sangong.statedTotal",
  "$.sangong.statedVehicle",
  "$.performance.activities[*].budget",
  "$.performance.activities[*].children[*].budget",
  "$.procurement.lines[*].general",
  "$.procurement.lines[*].fund",
  "$.procurement.lines[*].specialAccount",
  "$.procurement.lines[*].other",
  "$.procurement.lines[*].otherChannels",
  "$.procurement.lines[*].unitPrice",
  "$.procurement.statedTotal",
  "$.assets.plannedPurchases[*].amount",
  "$.assets.statedPlannedTotal",
  "$.assets.table.*",
  "$.revenue.prior",
  "$.operatingCosts.prior",
  "$.lines.expenditure[*].amount",
  "$.lines.economic[*].amount",
  "$.lines.carryForward",
  "$.staff.*",
];

const DOCUMENT_AMOUNTS_NON_NEGATIVE = sql.raw(
  `not (${NON_NEGATIVE_DOCUMENT_PATHS.map(
    (path) => `jsonb_path_exists(document, '${path} ? (@.type() == "number" && @ < 0)')`,
  ).join(" or ")})`,
);

const amount = (name: string) => bigint(name, { mode: "number" }).notNull();
/** A headline figure a disclosure may leave unstated: NULL is 未列示, never stored as 0. */
const maybeAmount = (name: string) => bigint(name, { mode: "number" });

/**
 * A version holds the whole disclosure document. Versions are never overwritten by a later
 * stage: a draft is saved in place (revision counts saves, for optimistic locking), and a
 * revision of a published disclosure is a new version. The headline figures are copied out of
 * the document on every write (lib/disclosure/figures.ts), so comparing departments and years is
 * one indexed query on this table.
 */
export const disclosureVersions = pgTable(
  "disclosure_versions",
  {
    id: serial("id").primaryKey(),
    disclosureId: integer("disclosure_id").notNull(),
    departmentId: integer("department_id").notNull(),
    year: integer("year").notNull(),
    versionNo: integer("version_no").notNull(),
    status: versionStatusEnum("status").notNull().default("draft"),
    document: documentColumn("document").notNull(),
    /** Incremented on every save of a draft; a save names the revision it started from. */
    revision: integer("revision").notNull().default(1),
    /**
     * The document as it was when a reviewer last returned this version: the reviewer of the
     * resubmission sees what changed since (lib/disclosure/diff.ts against the current document).
     */
    returnedDocument: jsonb("returned_document").$type<DisclosureDocument>(),
    /** 更正记录: what this version corrects in the one it replaces. */
    correctionNote: text("correction_note"),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    submittedBy: integer("submitted_by").references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    decidedBy: integer("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    publishedAt: timestamp("published_at", { withTimezone: true }),

    // Headline figures (元), derived from the document; NULL where it does not state the figure
    // (未列示: 人员经费 / 公用经费 and what is summed from them, a 三公 item and its sums, 机关运行经费).
    total: maybeAmount("total"),
    basic: maybeAmount("basic"),
    personnel: maybeAmount("personnel"),
    publicFunds: maybeAmount("public_funds"),
    project: amount("project"),
    sangongTotal: maybeAmount("sangong_total"),
    sangongAbroad: maybeAmount("sangong_abroad"),
    sangongVehiclePurchase: maybeAmount("sangong_vehicle_purchase"),
    sangongVehicleOperation: maybeAmount("sangong_vehicle_operation"),
    sangongReception: maybeAmount("sangong_reception"),
    operatingCosts: maybeAmount("operating_costs"),
    assetTotal: amount("asset_total"),
  },
  (t) => [
    foreignKey({
      name: "versions_disclosure",
      columns: [t.disclosureId, t.departmentId, t.year],
      foreignColumns: [disclosures.id, disclosures.departmentId, disclosures.year],
    }),
    unique("versions_disclosure_version_no").on(t.disclosureId, t.versionNo),
    uniqueIndex("versions_one_published")
      .on(t.departmentId, t.year)
      .where(sql`${t.status} = 'published'`),
    uniqueIndex("versions_one_open")
      .on(t.disclosureId)
      .where(sql`${t.status} in ('draft', 'submitted', 'returned')`),
    // The public comparison: published figures by year and department.
    index("versions_published_year_department")
      .on(t.year, t.departmentId)
      .where(sql`${t.status} = 'published'`),
    check("versions_version_no_positive", sql`${t.versionNo} >= 1`),
    check("versions_revision_positive", sql`${t.revision} >= 1`),
    check("versions_published_at", sql`(${t.status} in ('published', 'superseded')) = (${t.publishedAt} is not null)`),
    check(
      "versions_figures_non_negative",
      sql`least(${t.total}, ${t.basic}, ${t.personnel}, ${t.publicFunds}, ${t.project}, ${t.sangongTotal}, ${t.sangongAbroad}, ${t.sangongVehiclePurchase}, ${t.sangongVehicleOperation}, ${t.sangongReception}, ${t.operatingCosts}, ${t.assetTotal}) >= 0`,
    ),
    check("versions_document_amounts_non_negative", DOCUMENT_AMOUNTS_NON_NEGATIVE),
  ],
);

/**
 * The amount of every class a published version's lines fall in (lib/classification/measure.ts
 * classTotals, the one definition): 类, 款 and 项 of the 支出功能分类, 类 and 款 of the 经济分类,
 * and each scheme's whole (code ""). Written in the transaction that publishes the version, and
 * deleted with it when a correction supersedes it (db/queries/versions.ts); migration 0014 filled
 * it for the versions published before. A version whose lines were not published has no row
 * (its classes are 未列示); one with lines has both wholes, so a class no line falls in is 0. The
 * comparison and the year ranking by a class read it (db/queries/class-measures.ts).
 */
export const versionClassTotals = pgTable(
  "version_class_totals",
  {
    versionId: integer("version_id")
      .notNull()
      .references(() => disclosureVersions.id, { onDelete: "cascade" }),
    scheme: text("scheme", { enum: ["function", "economic"] }).notNull(),
    code: text("code").notNull(),
    amount: amount("amount"),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.scheme, t.code] }),
    check("version_class_totals_scheme", sql`${t.scheme} in ('function', 'economic')`),
    check("version_class_totals_code", sql`${t.code} ~ '^([0-9]{3}([0-9]{2}){0,2})?$'`),
    check("version_class_totals_amount_non_negative", sql`${t.amount} >= 0`),
  ],
);

export type Region = typeof regions.$inferSelect;
export type Department = typeof departments.$inferSelect;
export type User = typeof users.$inferSelect;
export type Disclosure = typeof disclosures.$inferSelect;
export type DisclosureVersion = typeof disclosureVersions.$inferSelect;
export type VersionStatus = (typeof versionStatusEnum.enumValues)[number];

/**
 * The audit trail: who did what, when, with the old and new values, written in the same
 * transaction as the change — drafting and review, every administrator's change, sign-ins and
 * sessions (the actions: lib/audit/actions.ts). Kept for ever: nothing prunes it. Append-only
 * twice over: a trigger (migration 0002) refuses UPDATE, DELETE and TRUNCATE, and on PostgreSQL
 * with two roles the portal's role has no right to them, nor to disable the trigger (db/roles.ts).
 */
export const auditEntries = pgTable(
  "audit_entries",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    userId: integer("user_id").references(() => users.id),
    /** e.g. draft.create, draft.save, draft.import, version.submit, version.return, version.approve */
    action: text("action").notNull(),
    departmentId: integer("department_id").references(() => departments.id),
    disclosureId: integer("disclosure_id").references(() => disclosures.id),
    versionId: integer("version_id").references(() => disclosureVersions.id),
    /** What changed: [{ field, old, new }] with amounts in 元 and texts as they were. */
    changes: jsonb("changes").$type<AuditChange[]>().notNull().default([]),
    note: text("note"),
    /** The client address of a security event (sign-in, sign-out, password change), as lib/auth/client-ip.ts reads it. */
    ip: text("ip"),
    /** The user an event concerns when it is not the actor: the account an admin changed, the name a failed sign-in tried. */
    subjectUserId: integer("subject_user_id").references(() => users.id),
    /** The user name a sign-in tried, kept even when no such user exists. */
    subjectUsername: text("subject_username"),
  },
  (t) => [
    index("audit_disclosure_at").on(t.disclosureId, t.at),
    index("audit_department_at").on(t.departmentId, t.at),
    index("audit_action_at").on(t.action, t.at),
    index("audit_at").on(t.at),
  ],
);

export interface AuditChange {
  field: string;
  old: unknown;
  new: unknown;
}

/** Reviewers' comments on a submission, anchored to a section; editors answer them. */
export const reviewComments = pgTable(
  "review_comments",
  {
    id: serial("id").primaryKey(),
    disclosureId: integer("disclosure_id")
      .notNull()
      .references(() => disclosures.id),
    versionId: integer("version_id")
      .notNull()
      .references(() => disclosureVersions.id),
    /** 1…9: the section of the disclosure the comment concerns; 0 for the whole document. */
    section: integer("section").notNull(),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    replyTo: integer("reply_to"),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Set when the author edits the body (the old text is in the audit trail). */
    editedAt: timestamp("edited_at", { withTimezone: true }),
    /** Set when the author deletes it: the row stays so replies keep their place; its text is no longer shown. */
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [
    index("comments_disclosure").on(t.disclosureId, t.createdAt),
    foreignKey({ name: "comments_reply_to", columns: [t.replyTo], foreignColumns: [t.id] }),
    check("comments_section_range", sql`${t.section} between 0 and 9`),
    check("comments_body_length", sql`char_length(${t.body}) between 1 and 2000`),
  ],
);

/**
 * Signed-in sessions, one per sign-in: the session token (JWT) carries the id, and every request
 * checks the row (lib/auth/guards.ts), so a session ends server-side when it is revoked (sign-out,
 * "end this session", a password change) or idle or old (lib/auth/session-policy.ts).
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    /** 32 random bytes, base64url: unguessable, and never a credential on its own (the token is signed). */
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Updated at most once a minute, so a busy session does not write on every request. */
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    ip: text("ip").notNull(),
    userAgent: text("user_agent").notNull().default(""),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    /** sign-out, ended-by-user, password-change */
    revokedReason: text("revoked_reason"),
  },
  (t) => [index("user_sessions_user_created").on(t.userId, t.createdAt)],
);

/**
 * Sign-in attempts: the throttle's memory only, shared by all server instances, and pruned after a
 * day (lib/auth/rate-limit.ts). The lasting record of sign-ins and their failures is the audit
 * trail (auth.* actions), which is never pruned.
 */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    username: text("username").notNull(),
    ip: text("ip").notNull(),
    /**
     * pending (being checked: counts as a failure, so a parallel burst cannot slip past the count),
     * failed, succeeded, throttled (refused unchecked: never counts, so it cannot extend a delay).
     */
    outcome: text("outcome", { enum: ["pending", "failed", "succeeded", "throttled"] }).notNull(),
  },
  (t) => [
    index("sign_in_attempts_username_at").on(t.username, t.at),
    index("sign_in_attempts_ip_at").on(t.ip, t.at),
    check("sign_in_attempts_outcome", sql`${t.outcome} in ('pending', 'failed', 'succeeded', 'throttled')`),
  ],
);

export type AuditEntry = typeof auditEntries.$inferSelect;
export type ReviewComment = typeof reviewComments.$inferSelect;

/**
 * 政府收支分类科目 by fiscal year, so that SQL can join lines and comparisons on a code and its
 * class. Reference data, not edited in the portal: filled and kept equal to the data files of
 * lib/classification whenever the database is opened (db/classification-codes.ts). One row per
 * code and unbroken run of years with the same name, parent and source; valid_to null = still
 * valid in the newest year the files cover. Official order is ascending code within a scheme.
 */
export const classificationCodes = pgTable(
  "classification_codes",
  {
    /** function = 支出功能分类, economic = 部门预算支出经济分类 (before 2018: 支出经济分类). */
    scheme: text("scheme", { enum: ["function", "economic"] }).notNull(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    level: text("level", { enum: ["类", "款", "项"] }).notNull(),
    parent: text("parent"),
    validFrom: integer("valid_from").notNull(),
    validTo: integer("valid_to"),
    /** The 财政部 list the row was taken from (title and document number). */
    source: text("source").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.scheme, t.code, t.validFrom] }),
    index("classification_codes_parent").on(t.scheme, t.parent),
    check("classification_codes_scheme", sql`${t.scheme} in ('function', 'economic')`),
    check("classification_codes_level", sql`${t.level} in ('类', '款', '项')`),
    check(
      "classification_codes_shape",
      sql`${t.code} ~ '^[0-9]{3}([0-9]{2}){0,2}$'
        and char_length(${t.code}) = case ${t.level} when '类' then 3 when '款' then 5 else 7 end
        and ${t.parent} is not distinct from case when ${t.level} = '类' then null else left(${t.code}, -2) end`,
    ),
    check("classification_codes_years", sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);


export const notificationKindEnum = pgEnum("notification_kind", ["submit", "return", "approve", "deadline"]);

/**
 * The in-app inbox: one row per recipient and event, written in the transaction of the action
 * that caused it (db/queries/notifications.ts). Deadline notices have no action: they are written
 * when their recipient's workspace is read, once per (user, dedupe key) — see lib/notifications/.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKindEnum("kind").notNull(),
    departmentId: integer("department_id").references(() => departments.id),
    versionId: integer("version_id").references(() => disclosureVersions.id),
    /** What the recipient reads, already in Chinese. */
    message: text("message").notNull(),
    /** Where the notice leads in the workspace. */
    href: text("href").notNull(),
    /** e.g. "deadline:12:due-soon": the same event is never written twice for one user. */
    dedupeKey: text("dedupe_key"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [
    index("notifications_user_created").on(t.userId, t.createdAt),
    uniqueIndex("notifications_user_dedupe").on(t.userId, t.dedupeKey),
  ],
);

/** What a user chose to receive, per kind; no row means both channels on. */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKindEnum("kind").notNull(),
    inApp: boolean("in_app").notNull(),
    email: boolean("email").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/**
 * E-mail waiting to be sent: written with its notification, drained after the transaction commits
 * (lib/notifications/mailer.ts), by whichever server instance gets there first (rows are claimed
 * with SKIP LOCKED). A failed send stays here with its error and is retried by the next drain.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
  },
  (t) => [index("email_outbox_pending").on(t.createdAt).where(sql`${t.sentAt} is null`)],
);

export type Notification = typeof notifications.$inferSelect;
export type NotificationKind = (typeof notificationKindEnum.enumValues)[number];
