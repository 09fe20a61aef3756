import { createLogger, env, parseEnv } from "@plateau/kernel";
import { openDatabase } from "./orm.js";
import { databaseOptionsOf, type SubgraphStorage } from "./subgraph.js";

/** What {@link migrateSubgraph} reads: only the database, which it requires (migrating embedded PGlite from outside means nothing). */
export const migrateEnvShape = {
  DATABASE_URL: env.url("PostgreSQL URL of the subgraph's database"),
};

/**
 * Applies a subgraph's pending migrations and its Row-Level Security, then closes: what a deployment runs
 * before rolling out a release (deploy/kubernetes' migration Jobs), so that no pod's start waits on a long
 * migration. The services still migrate at start, so skipping it is safe, and the two never migrate at
 * once (openDatabase's advisory lock). The migrations applied are logged.
 */
export async function migrateSubgraph(
  definition: SubgraphStorage,
  source: Record<string, string | undefined> = process.env,
): Promise<void> {
  const logger = createLogger({ service: definition.name });
  const { DATABASE_URL } = parseEnv(migrateEnvShape, source);
  const database = await openDatabase({ ...databaseOptionsOf(definition), database: { url: DATABASE_URL }, logger });
  await database.close();
}
