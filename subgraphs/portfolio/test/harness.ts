import type { RunningSubgraph } from "@plateau/subgraph-kit";
import { dataOf, execute, startSubgraphHarness, type SubgraphHarness } from "@plateau/test-kit";
import { workspaces } from "@plateau/workspaces";
import { portfolio } from "../src/index.js";

/** The portfolio subgraph (the kit's harness), with the real workspaces subgraph it asks about members. */
export interface PortfolioHarness extends SubgraphHarness {
  workspacesApp: RunningSubgraph;
}

/** Starts portfolio and workspaces on this worker's database; `settings` add to portfolio's (e.g. IDENTITY_URL). */
export async function startPortfolioHarness(settings: Record<string, unknown> = {}): Promise<PortfolioHarness> {
  const harness = await startSubgraphHarness(portfolio, { calls: { WORKSPACES_URL: workspaces }, settings });
  return { ...harness, workspacesApp: harness.called.WORKSPACES_URL! };
}

/**
 * The calls every portfolio test client starts from, for one caller: `run` (the response as is),
 * `mutate` (its data, or a throw) and a project and a task to work on. `label` names the projects
 * and starts their unique keys.
 */
export function portfolioCalls(app: RunningSubgraph, token: string, label: string) {
  const run = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) =>
    execute<T>(app.url, query, { token, variables });
  const mutate = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => dataOf(await run<T>(query, variables));
  return {
    run,
    mutate,
    async project(input: Record<string, unknown> = {}): Promise<string> {
      const data = await mutate<{ createProject: { project: { id: string } } }>(
        `mutation($i: CreateProjectInput!) { createProject(input: $i) { project { id } } }`,
        { i: { name: label, key: `${label[0]!.toUpperCase()}${Math.floor(Math.random() * 1e8)}`, ...input } },
      );
      return data.createProject.project.id;
    },
    async task(projectId: string, title: string, input: Record<string, unknown> = {}): Promise<string> {
      const data = await mutate<{ createTask: { task: { id: string } } }>(
        `mutation($i: CreateTaskInput!) { createTask(input: $i) { task { id } } }`,
        { i: { projectId, title, ...input } },
      );
      return data.createTask.task.id;
    },
  };
}
