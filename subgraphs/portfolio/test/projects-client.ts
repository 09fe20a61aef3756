import { dataChangedEvent } from "@plateau/events";
import { uuidv7, type WorkspaceRole } from "@plateau/kernel";
import { startFakeIdentityTeams, type FakeIdentityTeams } from "./identity-teams.js";
import { OutboxEvent, type RunningSubgraph } from "@plateau/subgraph-kit";
import { dataOf, execute } from "@plateau/test-kit";
import { startPortfolioHarness, type PortfolioHarness } from "./harness.js";

/** The portfolio subgraph (with the workspaces subgraph it asks about members) and a statement counter. */
export interface ProjectsHarness extends PortfolioHarness {
  /** Answers portfolio's team checks: register a test's teams with `addTeam`. */
  identity: FakeIdentityTeams;
}

/** Starts the subgraphs the project, category and overview tests talk to. */
export async function startProjectsHarness(): Promise<ProjectsHarness> {
  const identity = await startFakeIdentityTeams();
  const harness = await startPortfolioHarness({ IDENTITY_URL: identity.url });
  return {
    ...harness,
    identity,
    async close() {
      await harness.close();
      await identity.close();
    },
  };
}

export const PROJECT_FIELDS = `id key name description status health version startDate endDate archived archivedAt
  baselineStartDate baselineEndDate baselineSetAt scheduleSlipDays progress
  category { id name color } budget { amount currency } team { id } owner { id }`;

/** A GraphQL client of the portfolio subgraph for one caller, with shortcuts for the operations the tests use. */
export function projectsClient(app: RunningSubgraph, token: string) {
  const run = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) =>
    execute<T>(app.url, query, { token, variables });
  return {
    run,
    createProject: (input: Record<string, unknown>) =>
      run<{ createProject: { project: ProjectView } }>(
        `mutation($i: CreateProjectInput!) { createProject(input: $i) { project { ${PROJECT_FIELDS} } } }`,
        {
          i: { name: "Project", key: `P${Math.floor(Math.random() * 1e9)}`, ...input },
        },
      ),
    async project(input: Record<string, unknown> = {}): Promise<ProjectView> {
      return dataOf(await this.createProject(input)).createProject.project;
    },
    updateProject: (input: Record<string, unknown>) =>
      run<{ updateProject: { project: ProjectView } }>(
        `mutation($i: UpdateProjectInput!) { updateProject(input: $i) { project { ${PROJECT_FIELDS} } } }`,
        {
          i: input,
        },
      ),
    read: async (id: string) =>
      dataOf(await run<{ project: ProjectView | null }>(`query($id: ID!) { project(id: $id) { ${PROJECT_FIELDS} } }`, { id })).project,
    list: async (filter?: Record<string, unknown>) =>
      dataOf(
        await run<{ projects: { totalCount: number; nodes: { key: string }[] } }>(
          `query($f: ProjectFilter) { projects(filter: $f, orderBy: { field: KEY, direction: ASC }) { totalCount nodes { key } } }`,
          { f: filter },
        ),
      ).projects.nodes.map((node) => node.key),
    category: async (name: string, color?: string) =>
      dataOf(
        await run<{ createProjectCategory: { category: { id: string; name: string; color: string | null; version: number } } }>(
          `mutation($i: CreateProjectCategoryInput!) { createProjectCategory(input: $i) { category { id name color version } } }`,
          { i: { name, color } },
        ),
      ).createProjectCategory.category,
    createTask: async (projectId: string, input: Record<string, unknown> = {}) =>
      dataOf(
        await run<{ createTask: { task: { id: string; version: number } } }>(
          `mutation($i: CreateTaskInput!) { createTask(input: $i) { task { id version } } }`,
          { i: { projectId, title: "Task", ...input } },
        ),
      ).createTask.task,
    postStatus: (projectId: string, health: string, text: string) =>
      run<{ postProjectStatusUpdate: { statusUpdate: StatusUpdateView; project: { health: string; version: number } } }>(
        `mutation($i: PostProjectStatusUpdateInput!) { postProjectStatusUpdate(input: $i) {
          statusUpdate { id text health createdAt author { id } project { id } } project { health version } } }`,
        { i: { projectId, health, text } },
      ),
    archive: (projectId: string, expectedVersion?: number) =>
      run<{ archiveProject: { project: ProjectView } }>(
        `mutation($i: ProjectActionInput!) { archiveProject(input: $i) { project { ${PROJECT_FIELDS} } } }`,
        {
          i: { projectId, expectedVersion },
        },
      ),
    restore: (projectId: string, expectedVersion?: number) =>
      run<{ restoreProject: { project: ProjectView } }>(
        `mutation($i: ProjectActionInput!) { restoreProject(input: $i) { project { ${PROJECT_FIELDS} } } }`,
        {
          i: { projectId, expectedVersion },
        },
      ),
  };
}

export interface ProjectView {
  id: string;
  key: string;
  name: string;
  description: string | null;
  status: string;
  health: string;
  version: number;
  startDate: string | null;
  endDate: string | null;
  archived: boolean;
  archivedAt: string | null;
  baselineStartDate: string | null;
  baselineEndDate: string | null;
  baselineSetAt: string | null;
  scheduleSlipDays: number | null;
  progress: number;
  category: { id: string; name: string; color: string | null } | null;
  budget: { amount: string; currency: string } | null;
  team: { id: string } | null;
  owner: { id: string } | null;
}

export interface StatusUpdateView {
  id: string;
  text: string;
  health: string;
  createdAt: string;
  author: { id: string };
  project: { id: string };
}

/** A fresh workspace (tests never see each other's rows) with a caller of `role` and their client. */
export async function freshWorkspace(harness: ProjectsHarness, role: WorkspaceRole = "MANAGER") {
  const workspaceId = uuidv7();
  const userId = uuidv7();
  const token = await harness.tokens.forRole(workspaceId, role, userId);
  const as = async (otherRole: WorkspaceRole) => projectsClient(harness.app, await harness.tokens.forRole(workspaceId, otherRole));
  return { workspaceId, userId, token, client: projectsClient(harness.app, token), as };
}

export { problem } from "@plateau/test-kit";

/** The domain events of a workspace in the outbox, oldest first (audit entries left out). */
export const eventsOf = (app: RunningSubgraph, workspaceId: string, type?: string) =>
  app.database.asOwner((em) =>
    em.find(
      OutboxEvent,
      { workspaceId, type: type ?? { $ne: dataChangedEvent("portfolio").name } },
      { orderBy: { id: "asc" }, filters: false },
    ),
  );
