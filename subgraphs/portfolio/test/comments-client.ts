import type { WorkspaceRole } from "@plateau/kernel";
import { OutboxEvent, type RunningSubgraph } from "@plateau/subgraph-kit";
import { dataOf } from "@plateau/test-kit";
import { portfolioCalls, startPortfolioHarness, type PortfolioHarness } from "./harness.js";
import { createWorkspace } from "./workspaces.js";

/** The portfolio subgraph and the real workspaces subgraph it asks whether mentioned users are members. */
export type CollabHarness = PortfolioHarness;

/** Starts the subgraphs the comment and activity tests talk to. */
export const startCollabHarness = (): Promise<CollabHarness> => startPortfolioHarness();

export const COMMENT = "id body version createdAt editedAt author { id } mentions { id }";

export interface CommentView {
  id: string;
  body: string;
  version: number;
  createdAt: string;
  editedAt: string | null;
  author: { id: string } | null;
  mentions: { id: string }[];
}

export interface ActivityView {
  entityType: string;
  entityId: string;
  action: string;
  projectId: string | null;
  taskId: string | null;
  field: string | null;
  before: unknown;
  after: unknown;
  occurredAt: string;
  actor: { id: string } | null;
}

export const ACTIVITY = "entityType entityId action projectId taskId field before after occurredAt actor { id }";

export interface PageView<T> {
  totalCount: number;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

/** The operations of the comment and activity tests, for one caller. */
export function collabClient(app: RunningSubgraph, token: string) {
  const calls = portfolioCalls(app, token, "Collab");
  const { run } = calls;
  return {
    ...calls,
    updateTask: (input: Record<string, unknown>) =>
      run<{ updateTask: { task: { id: string; version: number } } }>(
        `mutation($i: UpdateTaskInput!) { updateTask(input: $i) { task { id version } } }`,
        { i: input },
      ),
    updateProject: (input: Record<string, unknown>) =>
      run<{ updateProject: { project: { id: string } } }>(
        `mutation($i: UpdateProjectInput!) { updateProject(input: $i) { project { id } } }`,
        {
          i: input,
        },
      ),
    moveTask: (input: Record<string, unknown>) =>
      run<{ moveTask: { task: { id: string; status: string } } }>(
        `mutation($i: MoveTaskInput!) { moveTask(input: $i) { task { id status } } }`,
        {
          i: input,
        },
      ),
    addComment: (taskId: string, body: string) =>
      run<{ addComment: { comment: CommentView } }>(`mutation($i: AddCommentInput!) { addComment(input: $i) { comment { ${COMMENT} } } }`, {
        i: { taskId, body },
      }),
    async comment(taskId: string, body: string): Promise<CommentView> {
      return dataOf(await this.addComment(taskId, body)).addComment.comment;
    },
    editComment: (input: Record<string, unknown>) =>
      run<{ editComment: { comment: CommentView } }>(
        `mutation($i: EditCommentInput!) { editComment(input: $i) { comment { ${COMMENT} } } }`,
        {
          i: input,
        },
      ),
    deleteComment: (id: string) =>
      run<{ deleteComment: { deletedCommentId: string } }>(
        `mutation($i: DeleteCommentInput!) { deleteComment(input: $i) { deletedCommentId } }`,
        {
          i: { id },
        },
      ),
    commentsOf: async (taskId: string, page: { first?: number; after?: string | null } = {}) =>
      dataOf(
        await run<{ task: { comments: PageView<CommentView> } }>(
          `query($id: ID!, $first: Int, $after: String) { task(id: $id) { comments(first: $first, after: $after) {
             totalCount nodes { ${COMMENT} } pageInfo { hasNextPage hasPreviousPage endCursor } } } }`,
          { id: taskId, ...page },
        ),
      ).task.comments,
    taskActivity: async (taskId: string, page: { first?: number; after?: string | null } = {}) =>
      dataOf(
        await run<{ task: { activity: PageView<ActivityView> } }>(
          `query($id: ID!, $first: Int, $after: String) { task(id: $id) { activity(first: $first, after: $after) {
             totalCount nodes { ${ACTIVITY} } pageInfo { hasNextPage hasPreviousPage endCursor } } } }`,
          { id: taskId, ...page },
        ),
      ).task.activity,
    projectActivity: (projectId: string, filter?: Record<string, unknown>, page: { first?: number; after?: string | null } = {}) =>
      run<{ project: { activity: PageView<ActivityView> } }>(
        `query($id: ID!, $f: ActivityFilter, $first: Int, $after: String) { project(id: $id) { activity(filter: $f, first: $first, after: $after) {
           totalCount nodes { ${ACTIVITY} } pageInfo { hasNextPage hasPreviousPage endCursor } } } }`,
        { id: projectId, f: filter, ...page },
      ),
  };
}

/** A workspace that exists in workspaces, with a caller of `role` and a client for them. */
export async function collabWorkspace(harness: CollabHarness, role: WorkspaceRole = "MANAGER") {
  const ws = await createWorkspace(harness.workspacesApp, harness.tokens, role);
  const client = collabClient(harness.app, ws.token);
  /** A new member of `other` role and their client. */
  const as = async (other: WorkspaceRole = "MEMBER") => {
    const userId = await ws.member(other);
    return { userId, client: collabClient(harness.app, await harness.tokens.forRole(ws.workspaceId, other, userId)) };
  };
  return { ...ws, client, as };
}

/** `@[Name](user:<id>)`, as clients insert mentions. */
export const mention = (userId: string, name = "Someone") => `@[${name}](user:${userId})`;

/** The domain events of a workspace in the outbox, oldest first, of one type. */
export const eventsOf = (app: RunningSubgraph, workspaceId: string, type: string) =>
  app.database.asOwner((em) => em.find(OutboxEvent, { workspaceId, type }, { orderBy: { id: "asc" }, filters: false }));

export { problem } from "@plateau/test-kit";
