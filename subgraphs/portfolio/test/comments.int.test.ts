import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { portfolioEvents } from "@plateau/events";
import { uuidv7 } from "@plateau/kernel";
import { dataOf } from "@plateau/test-kit";
import { collabWorkspace, eventsOf, mention, problem, startCollabHarness, type CollabHarness } from "./comments-client.js";

let harness: CollabHarness;
beforeAll(async () => {
  harness = await startCollabHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** A workspace with a MANAGER caller, a project and a task. */
async function setup() {
  const ws = await collabWorkspace(harness);
  const projectId = await ws.client.project();
  const taskId = await ws.client.task(projectId, "Write the spec");
  return { ...ws, projectId, taskId };
}

describe("addComment", () => {
  it("stores the comment with its author and mentions, resolvable as users, and records the events", async () => {
    const { client, workspaceId, userId, taskId, as } = await setup();
    const ada = await as("MEMBER");
    const bob = await as("VIEWER");
    const body = `Hi ${mention(ada.userId, "Ada")} and ${mention(bob.userId, "Bob")}, also ${mention(ada.userId, "Ada")} and me ${mention(userId)}`;
    const comment = await client.comment(taskId, `  ${body}  `);
    expect(comment).toMatchObject({
      body,
      version: 1,
      editedAt: null,
      author: { id: userId },
      mentions: [{ id: ada.userId }, { id: bob.userId }, { id: userId }],
    });
    const added = await eventsOf(harness.app, workspaceId, portfolioEvents.commentAdded.name);
    expect(added.map((event) => [event.subjectTypename, event.subjectId, event.actorId, event.data])).toEqual([
      ["Comment", comment.id, userId, { taskId, commentId: comment.id, mentionedUserIds: [ada.userId, bob.userId, userId] }],
    ]);
    // Nobody is told they mentioned themselves.
    const mentioned = await eventsOf(harness.app, workspaceId, portfolioEvents.userMentioned.name);
    expect(mentioned.map((event) => event.data)).toEqual([
      { userId: ada.userId, taskId, commentId: comment.id },
      { userId: bob.userId, taskId, commentId: comment.id },
    ]);
    // A VIEWER reads comments.
    const read = await bob.client.commentsOf(taskId);
    expect(read.nodes.map((node) => node.id)).toEqual([comment.id]);
  });

  it("refuses mentions of unknown users, other workspaces' members and malformed tokens, naming input.body, and stores nothing", async () => {
    const { client, workspaceId, taskId } = await setup();
    const other = await collabWorkspace(harness);
    const outsider = await other.member("MEMBER");
    const cases: [string, RegExp][] = [
      [`hello ${mention(uuidv7())}`, /is not a member of this workspace/],
      [`hello ${mention(outsider)}`, /is not a member of this workspace/],
      [`hello ${mention(other.userId)}`, /is not a member of this workspace/],
      ["hello @[Ada](user:ada)", /does not name a user id/],
      [`hello @[Ada](user:${uuidv7()}`, /malformed mention/],
      [`hello [Ada](user:${uuidv7()})`, /malformed mention/],
      ["   ", /must not be empty/],
      ["x".repeat(10_001), /at most 10000 characters/],
    ];
    for (const [body, message] of cases) {
      const result = await client.addComment(taskId, body);
      expect(problem(result), body.slice(0, 60)).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.body",
        message: expect.stringMatching(message),
      });
    }
    expect(dataOf(await client.addComment(taskId, "x".repeat(10_000))).addComment.comment.body).toHaveLength(10_000);
    expect((await client.commentsOf(taskId)).totalCount).toBe(1);
    expect(await eventsOf(harness.app, workspaceId, portfolioEvents.commentAdded.name)).toHaveLength(1);
    expect(await eventsOf(harness.app, workspaceId, portfolioEvents.userMentioned.name)).toHaveLength(0);
  });

  it("refuses an unknown or foreign task naming input.taskId, and a VIEWER", async () => {
    const { client, as } = await setup();
    const other = await collabWorkspace(harness);
    const foreignTask = await other.client.task(await other.client.project(), "Foreign");
    for (const taskId of [uuidv7(), foreignTask, "not-an-id"]) {
      expect(problem(await client.addComment(taskId, "hi"))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.taskId" });
    }
    const viewer = await as("VIEWER");
    const ownTask = await client.task(await client.project(), "Mine");
    expect(problem(await viewer.client.addComment(ownTask, "hi")).code).toBe("FORBIDDEN");
    expect((await client.commentsOf(ownTask)).totalCount).toBe(0);
    // Nor does another workspace see the task's comments.
    expect(dataOf(await other.client.run(`query($id: ID!) { task(id: $id) { id } }`, { id: ownTask })).task).toBeNull();
  });
});

describe("editComment", () => {
  it("lets the author change the body (mentions re-parsed, new ones told), and refuses others and stale versions", async () => {
    const { client, workspaceId, taskId, as } = await setup();
    const ada = await as("MEMBER");
    const bob = await as("MEMBER");
    const comment = await client.comment(taskId, `cc ${mention(ada.userId)}`);

    const notAuthor = await ada.client.editComment({ id: comment.id, body: "mine now" });
    expect(problem(notAuthor)).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/Only its author edits/) });
    const manager = await as("MANAGER");
    expect(problem(await manager.client.editComment({ id: comment.id, body: "moderated" })).code).toBe("FORBIDDEN");

    const edited = dataOf(
      await client.editComment({ id: comment.id, body: `cc ${mention(ada.userId)} ${mention(bob.userId)}`, expectedVersion: 1 }),
    ).editComment.comment;
    expect(edited).toMatchObject({ version: 2, mentions: [{ id: ada.userId }, { id: bob.userId }] });
    expect(edited.editedAt).not.toBeNull();

    const stale = await client.editComment({ id: comment.id, body: "late", expectedVersion: 1 });
    expect(problem(stale).code).toBe("CONFLICT");
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(2);
    expect(problem(await client.editComment({ id: comment.id, body: mention(uuidv7()) }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.body",
    });
    expect(problem(await client.editComment({ id: uuidv7(), body: "x" })).code).toBe("NOT_FOUND");

    expect((await client.commentsOf(taskId)).nodes.map((node) => node.body)).toEqual([edited.body]);
    const mentioned = await eventsOf(harness.app, workspaceId, portfolioEvents.userMentioned.name);
    expect(mentioned.map((event) => (event.data as { userId: string }).userId)).toEqual([ada.userId, bob.userId]);
  });
});

describe("deleteComment", () => {
  it("lets the author or a MANAGER delete, refuses another MEMBER and a VIEWER", async () => {
    const { client, taskId, as } = await setup();
    const ada = await as("MEMBER");
    const bob = await as("MEMBER");
    const viewer = await as("VIEWER");
    const adas = await ada.client.comment(taskId, "by Ada");
    const second = await ada.client.comment(taskId, "also by Ada");

    expect(problem(await bob.client.deleteComment(adas.id))).toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/author or a MANAGER/),
    });
    expect(problem(await viewer.client.deleteComment(adas.id)).code).toBe("FORBIDDEN");
    expect(dataOf(await client.deleteComment(adas.id)).deleteComment.deletedCommentId).toBe(adas.id);
    expect(dataOf(await ada.client.deleteComment(second.id)).deleteComment.deletedCommentId).toBe(second.id);
    expect(problem(await ada.client.deleteComment(second.id)).code).toBe("NOT_FOUND");
    expect((await client.commentsOf(taskId)).totalCount).toBe(0);
  });
});

describe("Task.comments", () => {
  it("pages oldest first with cursors and refuses a bad cursor", async () => {
    const { client, taskId } = await setup();
    const bodies = ["one", "two", "three", "four", "five"];
    for (const body of bodies) await client.comment(taskId, body);

    const first = await client.commentsOf(taskId, { first: 2 });
    expect(first.nodes.map((node) => node.body)).toEqual(["one", "two"]);
    expect(first).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    const second = await client.commentsOf(taskId, { first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes.map((node) => node.body)).toEqual(["three", "four"]);
    expect(second).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true, hasPreviousPage: true } });
    const last = await client.commentsOf(taskId, { first: 2, after: second.pageInfo.endCursor });
    expect(last.nodes.map((node) => node.body)).toEqual(["five"]);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const bad = await client.run(`query($id: ID!) { task(id: $id) { comments(after: "nope") { totalCount } } }`, { id: taskId });
    expect(problem(bad)).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    const tooMany = await client.run(`query($id: ID!) { task(id: $id) { comments(first: 101) { totalCount } } }`, { id: taskId });
    expect(problem(tooMany)).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });

  it("is deleted with its task", async () => {
    const { client, workspaceId, taskId } = await setup();
    const comment = await client.comment(taskId, "soon gone");
    dataOf(await client.run(`mutation($i: DeleteTaskInput!) { deleteTask(input: $i) { deletedTaskId } }`, { i: { id: taskId } }));
    const rows = await harness.app.database.asOwner((em) =>
      em.getConnection().execute(`select id from portfolio.comment where workspace_id = ? and id = ?`, [workspaceId, comment.id]),
    );
    expect(rows).toEqual([]);
  });
});
