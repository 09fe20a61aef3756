import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InProcessEventBus } from "@plateau/events";
import { createLogger, uuidv7 } from "@plateau/kernel";
import { portfolio } from "@plateau/portfolio";
import { addDays, today } from "@plateau/subgraph-kit";
import { buildProject, buildTask, dataOf, execute, startSubgraphHarness } from "@plateau/test-kit";
import { insights } from "../src/index.js";
import { applyTaskEvents, taskCompleted, taskCreated, thisMonday, wednesdayWeeksAgo, type Harness } from "./harness.js";

/**
 * A forecast's milestones: insights reads the UPCOMING milestones of the project and their linked tasks from
 * portfolio as the caller, and works out the chance of meeting each on the same draws as the project's finish.
 * The project's throughput is exactly two tasks every week, so the odds are exactly 1 or 0.
 */
const logger = createLogger({ service: "insights-test", level: "silent" });
let h: Harness;
beforeAll(async () => {
  const bus = new InProcessEventBus({ logger, retryDelayMs: 50 });
  const started = await startSubgraphHarness(insights, { eventBus: bus, calls: { PORTFOLIO_URL: portfolio } });
  h = {
    ...started,
    bus,
    close: async () => {
      await started.close();
      await bus.close();
    },
  };
});
afterAll(() => h?.close());

const QUERY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Project {
  forecast { remainingTasks p50 { weeks } milestones { milestoneId dueDate remainingTasks probability milestone { id } } }
} } }`;

describe("Project.forecast { milestones }", () => {
  it("gives each upcoming milestone the chance of its linked open tasks being done by its due date", async () => {
    const workspaceId = uuidv7();
    const token = await h.tokens.forRole(workspaceId, "MANAGER");
    const portfolioUrl = h.called.PORTFOLIO_URL!.url;
    const project = await buildProject(portfolioUrl, token);
    const tasks = [];
    for (let i = 0; i < 4; i++) tasks.push(await buildTask(portfolioUrl, token, project.id, { title: `Open ${i}` }));
    const sunday = addDays(thisMonday, 6);
    const milestone = async (name: string, dueDate: string, taskIds: string[]) => {
      const created = dataOf(
        await execute<{ createMilestone: { milestone: { id: string } } }>(
          portfolioUrl,
          `mutation($i: CreateMilestoneInput!) { createMilestone(input: $i) { milestone { id } } }`,
          { token, variables: { i: { projectId: project.id, name, dueDate } } },
        ),
      ).createMilestone.milestone.id;
      if (taskIds.length > 0) {
        dataOf(
          await execute(portfolioUrl, `mutation($i: MilestoneTasksInput!) { linkMilestoneTasks(input: $i) { milestone { id } } }`, {
            token,
            variables: { i: { milestoneId: created, taskIds } },
          }),
        );
      }
      return created;
    };
    // Two open tasks due this Sunday: done in the first week's draw (2 a week), always.
    const thisWeek = await milestone("This week", sunday, [tasks[0]!.id, tasks[1]!.id]);
    // The same two due on Saturday: a week's work is done by its Sunday, so never. (On a Sunday, Saturday is past
    // and portfolio calls the milestone MISSED: not upcoming, not forecast.)
    const saturdayIsAhead = today() <= addDays(sunday, -1);
    const saturday = saturdayIsAhead ? await milestone("Saturday", addDays(sunday, -1), [tasks[0]!.id, tasks[1]!.id]) : null;
    // Nothing linked: met whatever happens.
    const empty = await milestone("Nothing to do", addDays(sunday, 14), []);

    // insights' history of the project: two tasks completed in each of the last twelve weeks, and the four open ones.
    const history = Array.from({ length: 12 }, (_, index) => 12 - index).flatMap((weeksAgo) =>
      [0, 1].flatMap(() => {
        const taskId = uuidv7();
        const day = wednesdayWeeksAgo(weeksAgo);
        return [taskCreated(workspaceId, taskId, project.id, addDays(day, -1), null), taskCompleted(workspaceId, taskId, project.id, day)];
      }),
    );
    await applyTaskEvents(h, ...history, ...tasks.map((task) => taskCreated(workspaceId, task.id, project.id, wednesdayWeeksAgo(1), null)));

    const data = await h.dataOf<{
      _entities: { forecast: { remainingTasks: number; p50: { weeks: number }; milestones: Record<string, unknown>[] } }[];
    }>(QUERY, { token, variables: { r: [{ __typename: "Project", id: project.id }] } });
    const forecast = data._entities[0]!.forecast;
    expect(forecast).toMatchObject({ remainingTasks: 4, p50: { weeks: 2 } });
    expect(forecast.milestones).toEqual([
      ...(saturday
        ? [{ milestoneId: saturday, dueDate: addDays(sunday, -1), remainingTasks: 2, probability: 0, milestone: { id: saturday } }]
        : []),
      { milestoneId: thisWeek, dueDate: sunday, remainingTasks: 2, probability: 1, milestone: { id: thisWeek } },
      { milestoneId: empty, dueDate: addDays(sunday, 14), remainingTasks: 0, probability: 1, milestone: { id: empty } },
    ]);
  });
});
