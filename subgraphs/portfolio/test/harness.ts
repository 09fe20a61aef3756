import { startSubgraph, type RunningSubgraph } from "@plateau/subgraph-kit";
import { createTestTokens, SqlCounter, workerDatabaseUrl, type TestTokens } from "@plateau/test-kit";
import { portfolio } from "../src/index.js";
import { startWorkspaces, workspacesSettings } from "./workspaces.js";

/** The portfolio subgraph, counting its statements, with the real workspaces subgraph it asks about members. */
export interface PortfolioHarness {
  app: RunningSubgraph;
  workspacesApp: RunningSubgraph;
  tokens: TestTokens;
  sql: SqlCounter;
  close(): Promise<void>;
}

/** Starts portfolio and workspaces on this worker's database; `settings` add to portfolio's (e.g. IDENTITY_URL). */
export async function startPortfolioHarness(settings: Record<string, unknown> = {}): Promise<PortfolioHarness> {
  const tokens = await createTestTokens();
  const sql = new SqlCounter();
  const deps = { database: { url: await workerDatabaseUrl() }, tokenKeys: tokens.tokenKeys, tokenAudience: tokens.audience };
  const workspacesApp = await startWorkspaces(deps);
  const app = await startSubgraph(portfolio, {
    ...deps,
    onQuery: sql.onQuery,
    settings: { ...workspacesSettings(workspacesApp), ...settings },
  });
  return {
    app,
    workspacesApp,
    tokens,
    sql,
    async close() {
      await app.close();
      await workspacesApp.close();
    },
  };
}
