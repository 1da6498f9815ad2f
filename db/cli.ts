/**
 * `npm run db:migrate` / `npm run db:seed` against the configured database (DATABASE_URL, or the
 * embedded one — which must not be in use by a running server: the lock file refuses it).
 */
import { env } from "../lib/env";
import { openDatabase } from "./client";
import { seedAll } from "./seed";

async function main(command: string | undefined) {
  if (command !== "migrate" && command !== "seed") {
    console.error("用法：tsx db/cli.ts migrate|seed");
    process.exit(2);
  }
  const connection = env.databaseUrl
    ? await openDatabase({ engine: "postgres", url: env.databaseUrl, maxConnections: 1 })
    : await openDatabase({ engine: "pglite", dataDir: env.pgliteDir });
  try {
    console.log(`数据库已迁移（${connection.engine}）`);
    if (command === "seed") {
      const { published } = await seedAll(connection.db);
      console.log(`种子数据已载入：新发布 ${published} 份公开文件（已有的保持不变）`);
    }
  } finally {
    await connection.close();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
