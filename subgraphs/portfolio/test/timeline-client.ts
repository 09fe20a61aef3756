import { uuidv7, type WorkspaceRole } from "@plateau/kernel";
import { OutboxEvent, type RunningSubgraph } from "@plateau/subgraph-kit";
import { dataOf } from "@plateau/test-kit";
import { portfolioCalls, startPortfolioHarness, type PortfolioHarness } from "./harness.js";

/** A portfolio subgraph (with the workspaces subgraph it asks about members) for one test file. */
export type TimelineHarness = PortfolioHarness;

export const startHarness = (): Promise<TimelineHarness> => startPortfolioHarness();

const DEPENDENCY = "id type lagDays predecessorId successorId predecessor { id title } successor { id title }";

/** The GraphQL operations of the timeline, dependency and milestone tests, for one caller. */
export function planClient(app: RunningSubgraph, token: string) {
  const calls = portfolioCalls(app, token, "Plan");
  const { run, mutate } = calls;
  return {
    ...calls,
    updateTask: (input: Record<string, unknown>) =>
      run<{ updateTask: { task: { id: string; status: string; version: number } } }>(
        `mutation($i: UpdateTaskInput!) { updateTask(input: $i) { task { id status version } } }`,
        { i: input },
      ),
    moveTask: (input: Record<string, unknown>) =>
      run<{ moveTask: { task: { id: string; status: string } } }>(
        `mutation($i: MoveTaskInput!) { moveTask(input: $i) { task { id status } } }`,
        {
          i: input,
        },
      ),
    deleteTask: (id: string) => run(`mutation($i: DeleteTaskInput!) { deleteTask(input: $i) { deletedTaskId } }`, { i: { id } }),
    addDependency: (input: Record<string, unknown>) =>
      run<{ addTaskDependency: { dependency: DependencyView } }>(
        `mutation($i: AddTaskDependencyInput!) { addTaskDependency(input: $i) { dependency { ${DEPENDENCY} } } }`,
        { i: input },
      ),
    async depend(predecessorId: string, successorId: string, input: Record<string, unknown> = {}): Promise<DependencyView> {
      return dataOf(await this.addDependency({ predecessorId, successorId, ...input })).addTaskDependency.dependency;
    },
    removeDependency: (id: string) =>
      run<{ removeTaskDependency: { removedDependencyId: string } }>(
        `mutation($i: RemoveTaskDependencyInput!) { removeTaskDependency(input: $i) { removedDependencyId } }`,
        { i: { id } },
      ),
    dependenciesOf: async (taskId: string) =>
      dataOf(
        await run<{ task: { dependencies: { predecessors: DependencyView[]; successors: DependencyView[] } } }>(
          `query($id: ID!) { task(id: $id) { dependencies { predecessors { ${DEPENDENCY} } successors { ${DEPENDENCY} } } } }`,
          { id: taskId },
        ),
      ).task.dependencies,
    async milestone(projectId: string, name: string, dueDate: string): Promise<string> {
      const data = await mutate<{ createMilestone: { milestone: { id: string } } }>(
        `mutation($i: CreateMilestoneInput!) { createMilestone(input: $i) { milestone { id } } }`,
        { i: { projectId, name, dueDate } },
      );
      return data.createMilestone.milestone.id;
    },
    readMilestone: async (id: string) =>
      dataOf(await run<{ milestone: MilestoneView | null }>(`query($id: ID!) { milestone(id: $id) { ${MILESTONE} } }`, { id })).milestone,
    updateMilestone: (input: Record<string, unknown>) =>
      run<{ updateMilestone: { milestone: MilestoneView } }>(
        `mutation($i: UpdateMilestoneInput!) { updateMilestone(input: $i) { milestone { ${MILESTONE} } } }`,
        { i: input },
      ),
    link: (milestoneId: string, taskIds: string[]) =>
      run<{ linkMilestoneTasks: { milestone: MilestoneView } }>(
        `mutation($i: MilestoneTasksInput!) { linkMilestoneTasks(input: $i) { milestone { ${MILESTONE} } } }`,
        { i: { milestoneId, taskIds } },
      ),
    unlink: (milestoneId: string, taskIds: string[]) =>
      run<{ unlinkMilestoneTasks: { milestone: MilestoneView } }>(
        `mutation($i: MilestoneTasksInput!) { unlinkMilestoneTasks(input: $i) { milestone { ${MILESTONE} } } }`,
        { i: { milestoneId, taskIds } },
      ),
    timeline: (projectId: string) => run<{ timeline: TimelineView | null }>(TIMELINE, { p: projectId }),
    setBaseline: (projectId: string) =>
      run<{ setProjectBaseline: { timeline: TimelineView } }>(
        `mutation($i: SetProjectBaselineInput!) { setProjectBaseline(input: $i) { timeline { ${TIMELINE_FIELDS} } } }`,
        { i: { projectId } },
      ),
  };
}

export interface DependencyView {
  id: string;
  type: string;
  lagDays: number;
  predecessorId: string;
  successorId: string;
  predecessor: { id: string; title: string };
  successor: { id: string; title: string };
}

const MILESTONE = "id name dueDate status achievedAt version tasks { id title status }";
export interface MilestoneView {
  id: string;
  name: string;
  dueDate: string;
  status: string;
  achievedAt: string | null;
  version: number;
  tasks: { id: string; title: string; status: string }[];
}

const BAR = `id kind title task { id title } milestone { id name } plannedStart plannedEnd baselineStart baselineEnd durationDays done
  earliestStart earliestFinish latestStart latestFinish totalSlackDays critical startDriftDays endDriftDays`;
const TIMELINE_FIELDS = `projectId plannedStart plannedEnd baselineStart baselineEnd start end bars { ${BAR} }
  dependencies { id type lagDays predecessorId successorId } criticalPaths criticalPathsTruncated`;
const TIMELINE = `query($p: ID!) { timeline(projectId: $p) { ${TIMELINE_FIELDS} } }`;

export interface BarView {
  id: string;
  kind: "TASK" | "MILESTONE";
  title: string;
  task: { id: string; title: string } | null;
  milestone: { id: string; name: string } | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  baselineStart: string | null;
  baselineEnd: string | null;
  durationDays: number;
  done: boolean;
  earliestStart: string;
  earliestFinish: string;
  latestStart: string;
  latestFinish: string;
  totalSlackDays: number;
  critical: boolean;
  startDriftDays: number | null;
  endDriftDays: number | null;
}

export interface TimelineView {
  projectId: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  baselineStart: string | null;
  baselineEnd: string | null;
  start: string | null;
  end: string | null;
  bars: BarView[];
  dependencies: { id: string; type: string; lagDays: number; predecessorId: string; successorId: string }[];
  criticalPaths: string[][];
  criticalPathsTruncated: boolean;
}

/** A workspace (by id only: portfolio checks tokens, not memberships) with a client per role. */
export async function workspace(harness: TimelineHarness, role: WorkspaceRole = "MANAGER") {
  const workspaceId = uuidv7();
  const userId = uuidv7();
  const client = planClient(harness.app, await harness.tokens.forRole(workspaceId, role, userId));
  const as = async (other: WorkspaceRole, id = uuidv7()) => planClient(harness.app, await harness.tokens.forRole(workspaceId, other, id));
  return { workspaceId, userId, client, as };
}

/** The domain events of a workspace in the outbox, oldest first, of one type. */
export const eventsOf = (app: RunningSubgraph, workspaceId: string, type: string) =>
  app.database.asOwner((em) => em.find(OutboxEvent, { workspaceId, type }, { orderBy: { id: "asc" }, filters: false }));

export { problem } from "@plateau/test-kit";
