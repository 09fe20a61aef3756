import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { portfolioEvents } from "@plateau/events";
import { uuidv7 } from "@plateau/kernel";
import { dataOf } from "@plateau/test-kit";
import { eventsOf, problem, startHarness, workspace, type TimelineHarness } from "./timeline-client.js";

let harness: TimelineHarness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** A project with tasks Design, Build, Test. */
async function plan() {
  const ws = await workspace(harness);
  const projectId = await ws.client.project();
  const [design, build, test] = [
    await ws.client.task(projectId, "Design"),
    await ws.client.task(projectId, "Build"),
    await ws.client.task(projectId, "Test"),
  ];
  return { ...ws, projectId, design, build, test };
}

describe("addTaskDependency", () => {
  it("links two tasks finish-to-start without lag by default, shows it on both tasks and records the event", async () => {
    const { client, workspaceId, projectId, design, build } = await plan();
    const dependency = await client.depend(design, build);
    expect(dependency).toMatchObject({
      type: "FINISH_TO_START",
      lagDays: 0,
      predecessorId: design,
      successorId: build,
      predecessor: { title: "Design" },
      successor: { title: "Build" },
    });
    const lagged = await client.depend(design, (await client.task(projectId, "Docs")) as string, { type: "START_TO_START", lagDays: -2 });
    expect(lagged).toMatchObject({ type: "START_TO_START", lagDays: -2 });

    expect((await client.dependenciesOf(build)).predecessors.map((d) => d.predecessor.title)).toEqual(["Design"]);
    expect((await client.dependenciesOf(design)).successors.map((d) => [d.successor.title, d.type])).toEqual([
      ["Build", "FINISH_TO_START"],
      ["Docs", "START_TO_START"],
    ]);
    const events = await eventsOf(harness.app, workspaceId, portfolioEvents.taskDependencyAdded.name);
    expect(events.map((event) => event.data)).toEqual([
      { dependencyId: dependency.id, projectId, predecessorId: design, successorId: build, type: "FINISH_TO_START", lagDays: 0 },
      expect.objectContaining({ dependencyId: lagged.id, type: "START_TO_START", lagDays: -2 }),
    ]);
    expect([events[0]!.subjectTypename, events[0]!.subjectId]).toEqual(["Task", build]);
  });

  it("refuses a dependency that would close a cycle, naming the cycle by task titles, and stores nothing", async () => {
    const { client, workspaceId, design, build, test } = await plan();
    await client.depend(design, build);
    await client.depend(build, test);
    const result = await client.addDependency({ predecessorId: test, successorId: design });
    expect(problem(result)).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.successorId",
      message: "input.successorId: would create a cycle: Design → Build → Test → Design",
    });
    const reverse = await client.addDependency({ predecessorId: build, successorId: design, type: "START_TO_START" });
    expect(problem(reverse).message).toBe("input.successorId: would create a cycle: Design → Build → Design");
    expect((await client.dependenciesOf(design)).predecessors).toEqual([]);
    expect(await eventsOf(harness.app, workspaceId, portfolioEvents.taskDependencyAdded.name)).toHaveLength(2);
  });

  it("names the field of every bad input: itself, a duplicate, another project, unknown or foreign tasks, bad ids and lags", async () => {
    const { client, design, build } = await plan();
    await client.depend(design, build);
    const elsewhere = await client.task(await client.project(), "Elsewhere");
    const foreign = await (async () => {
      const other = await workspace(harness);
      return other.client.task(await other.client.project(), "Foreign");
    })();
    const unknown = uuidv7();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ predecessorId: design, successorId: design }, "input.successorId", /cannot depend on itself/],
      [{ predecessorId: design, successorId: build, type: "FINISH_TO_FINISH" }, "input.successorId", /already depends on/],
      [{ predecessorId: design, successorId: elsewhere }, "input.successorId", /different projects/],
      [{ predecessorId: unknown, successorId: build }, "input.predecessorId", new RegExp(`no task ${unknown} in this workspace`)],
      [{ predecessorId: foreign, successorId: build }, "input.predecessorId", new RegExp(`no task ${foreign} in this workspace`)],
      [{ predecessorId: design, successorId: foreign }, "input.successorId", new RegExp(`no task ${foreign} in this workspace`)],
      [{ predecessorId: "nope", successorId: build }, "input.predecessorId", /./],
      [{ predecessorId: build, successorId: design, lagDays: 5000 }, "input.lagDays", /between/],
    ];
    for (const [input, field, message] of cases) {
      const found = problem(await client.addDependency(input));
      expect({ input, code: found.code, field: found.field }).toEqual({ input, code: "BAD_USER_INPUT", field });
      expect(found.message).toMatch(message);
    }
    expect((await client.dependenciesOf(build)).predecessors).toHaveLength(1);
  });

  it("is CONTRIBUTE: a VIEWER may not, a MEMBER only on a successor assigned to them or to nobody", async () => {
    const { client, as, design, build, projectId } = await plan();
    const viewer = await as("VIEWER");
    expect(problem(await viewer.addDependency({ predecessorId: design, successorId: build })).code).toBe("FORBIDDEN");
    const memberId = uuidv7();
    const member = await as("MEMBER", memberId);
    expect(dataOf(await member.addDependency({ predecessorId: design, successorId: build })).addTaskDependency.dependency).toMatchObject({
      predecessorId: design,
      successorId: build,
    });
    const theirs = await client.task(projectId, "Someone's", { assigneeId: null });
    await harness.app.database.asOwner((em) =>
      em
        .getConnection()
        .execute("update portfolio.task set assignee_id = ? where id = ?", [uuidv7(), theirs], "run", em.getTransactionContext()),
    );
    expect(problem(await member.addDependency({ predecessorId: design, successorId: theirs })).code).toBe("FORBIDDEN");
  });

  it("lets only one of two concurrent adds that together form a cycle succeed", async () => {
    const { client, projectId } = await plan();
    for (let round = 0; round < 5; round++) {
      const a = await client.task(projectId, `A${round}`);
      const b = await client.task(projectId, `B${round}`);
      const c = await client.task(projectId, `C${round}`);
      await client.depend(a, b);
      // B → C and C → A are each fine alone, together a cycle A → B → C → A.
      const results = await Promise.all([
        client.addDependency({ predecessorId: b, successorId: c }),
        client.addDependency({ predecessorId: c, successorId: a }),
      ]);
      const failed = results.filter((result) => result.errors);
      expect(failed).toHaveLength(1);
      expect(problem(failed[0]!)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.successorId" });
      expect(problem(failed[0]!).message).toMatch(/would create a cycle: /);
    }
  });
});

describe("removeTaskDependency and deleting tasks", () => {
  it("removes a dependency with its event; an unknown or foreign id is NOT_FOUND", async () => {
    const { client, workspaceId, design, build } = await plan();
    const dependency = await client.depend(design, build);
    expect(dataOf(await client.removeDependency(dependency.id))).toEqual({ removeTaskDependency: { removedDependencyId: dependency.id } });
    expect((await client.dependenciesOf(build)).predecessors).toEqual([]);
    const removed = await eventsOf(harness.app, workspaceId, portfolioEvents.taskDependencyRemoved.name);
    expect(removed.map((event) => event.data)).toEqual([expect.objectContaining({ dependencyId: dependency.id, successorId: build })]);
    expect(problem(await client.removeDependency(dependency.id)).code).toBe("NOT_FOUND");
    const other = await workspace(harness);
    const kept = await client.depend(design, build);
    expect(problem(await other.client.removeDependency(kept.id)).code).toBe("NOT_FOUND");
    expect(problem(await client.removeDependency("nope"))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.id" });
  });

  it("drops a deleted task's dependencies", async () => {
    const { client, design, build, test } = await plan();
    await client.depend(design, build);
    await client.depend(build, test);
    dataOf(await client.deleteTask(build));
    expect(await client.dependenciesOf(design)).toEqual({ predecessors: [], successors: [] });
    expect(await client.dependenciesOf(test)).toEqual({ predecessors: [], successors: [] });
  });

  it("reads Task.dependencies for a page of tasks in a constant number of statements", async () => {
    const { client, projectId } = await plan();
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) ids.push(await client.task(projectId, `T${i}`));
    for (let i = 1; i < ids.length; i++) await client.depend(ids[i - 1]!, ids[i]!);
    const count = async (first: number) => {
      const { result, statements } = await harness.sql.count(() =>
        client.run<{ project: { tasks: { nodes: unknown[] } } }>(
          `query($p: ID!, $n: Int) { project(id: $p) { tasks(first: $n) { nodes { id dependencies {
             predecessors { predecessor { id } } successors { successor { title } } } } } } }`,
          { p: projectId, n: first },
        ),
      );
      expect(dataOf(result).project.tasks.nodes).toHaveLength(first);
      return statements.length;
    };
    expect(await count(50)).toBe(await count(5));
  });
});
