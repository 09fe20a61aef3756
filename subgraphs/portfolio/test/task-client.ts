import type { RunningSubgraph } from "@plateau/subgraph-kit";
import { dataOf, execute } from "@plateau/test-kit";

/** A task as the task-tree, label and suggestion tests read it. */
export interface TaskView {
  id: string;
  title: string;
  status: string;
  version: number;
  completion: number;
  labels: string[];
  parent: { id: string } | null;
  skillRequirements: { skill: { id: string }; minLevel: string | null }[];
}

const TASK = "id title status version completion labels parent { id } skillRequirements { skill { id } minLevel }";

/** A client of the portfolio subgraph for one caller, with shortcuts for tasks. */
export function taskClient(app: RunningSubgraph, token: string) {
  const run = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) =>
    execute<T>(app.url, query, { token, variables });
  return {
    run,
    async project(): Promise<string> {
      const result = await run<{ createProject: { project: { id: string } } }>(
        `mutation($i: CreateProjectInput!) { createProject(input: $i) { project { id } } }`,
        { i: { name: "Tree", key: `T${Math.floor(Math.random() * 1e8)}` } },
      );
      return dataOf(result).createProject.project.id;
    },
    create: (input: Record<string, unknown>) =>
      run<{ createTask: { task: TaskView } }>(`mutation($i: CreateTaskInput!) { createTask(input: $i) { task { ${TASK} } } }`, {
        i: { title: "Task", ...input },
      }),
    async task(projectId: string, input: Record<string, unknown> = {}): Promise<TaskView> {
      return dataOf(await this.create({ projectId, ...input })).createTask.task;
    },
    update: (input: Record<string, unknown>) =>
      run<{ updateTask: { task: TaskView } }>(`mutation($i: UpdateTaskInput!) { updateTask(input: $i) { task { ${TASK} } } }`, {
        i: input,
      }),
  };
}
