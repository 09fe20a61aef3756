import pg from "pg";

/** The server tests use (docs/operations.md, "Tests"); trust auth on 127.0.0.1 in CI. */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/**
 * A database of this test worker's own (`plateau_test_<worker>`, or `plateau_test_<TEST_DATABASE_NAMESPACE>_<worker>`
 * so that two test runs on one server can go on at once), created on first use, so parallel workers
 * never see each other's rows or migrations. Returns its URL.
 */
export async function workerDatabaseUrl(): Promise<string> {
  const worker = process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? "0";
  const namespace = process.env.TEST_DATABASE_NAMESPACE?.replace(/[^a-z0-9_]/gi, "").toLowerCase();
  const name = namespace ? `plateau_test_${namespace}_${worker}` : `plateau_test_${worker}`;
  const client = new pg.Client({ connectionString: TEST_SERVER_URL });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (!rowCount) {
      try {
        await client.query(`create database "${name}"`);
      } catch (error) {
        // Another process created it between the check and the create.
        if ((error as { code?: string }).code !== "42P04") throw error;
      }
    }
  } finally {
    await client.end();
  }
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
