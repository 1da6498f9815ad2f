/**
 * `npm run db:migrate` / `npm run db:seed` against the configured database (DATABASE_URL, or the
 * embedded one — which must not be in use by a running server: the lock file refuses it).
 * `npm run db:grant -- <role>` gives the portal's role its rights (db/roles.ts), as the owner;
 * `npm run db:grant -- <role> --print` only prints the SQL.
 * With DATABASE_OWNER_URL set, migrating and granting run as the owner, seeding as the portal.
 */
import { env } from "../lib/env";
import { openDatabase, type Connection } from "./client";
import { grantPortalRole, isRoleName, portalRoleGrants } from "./roles";
import { syncClassificationCodes } from "./classification-codes";
import { seedAll } from "./seed";

const USAGE = "用法：tsx db/cli.ts migrate | seed | grant <角色名> [--print]";

async function open(as: "owner" | "portal"): Promise<Connection> {
  if (!env.databaseUrl) return openDatabase({ engine: "pglite", dataDir: env.pgliteDir });
  if (as === "owner") return openDatabase({ engine: "postgres", url: env.databaseOwnerUrl ?? env.databaseUrl, maxConnections: 1 });
  return openDatabase({ engine: "postgres", url: env.databaseUrl, ownerUrl: env.databaseOwnerUrl, maxConnections: 1 });
}

async function main([command, role, flag]: string[]) {
  if (command === "grant") {
    if (!role || !isRoleName(role)) throw new Error(`${USAGE}\n角色名只能包含小写字母、数字和 _，以字母或 _ 开头。`);
    if (flag === "--print") {
      console.log(portalRoleGrants(role).map((s) => `${s};`).join("\n"));
      return;
    }
    if (!env.databaseUrl) throw new Error("嵌入式数据库只有一个角色，无需授权；请对 PostgreSQL 使用（设置 DATABASE_URL / DATABASE_OWNER_URL）。");
  } else if (command !== "migrate" && command !== "seed") {
    console.error(USAGE);
    process.exit(2);
  }
  const connection = await open(command === "seed" ? "portal" : "owner");
  try {
    console.log(`数据库已迁移（${connection.engine}）`);
    if (command === "migrate" || command === "seed") {
      const { inserted, updated, deleted } = await syncClassificationCodes(connection.db);
      console.log(`分类科目已与数据文件一致：新增 ${inserted} 行，更新 ${updated} 行，删除 ${deleted} 行`);
    }
    if (command === "seed") {
      const { published } = await seedAll(connection.db);
      console.log(`种子数据已载入：新发布 ${published} 份公开文件（已有的保持不变）`);
    }
    if (command === "grant") {
      await grantPortalRole(connection.db, role!);
      console.log(`已授权角色 ${role}：可读写门户的表，审计记录只能读取和追加。`);
    }
  } finally {
    await connection.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
