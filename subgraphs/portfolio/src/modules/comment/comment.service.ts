import { ref } from "@mikro-orm/core";
import { errors } from "@plateau/kernel";
import { check, flushOrConflict, loadOrThrow, parseId, requireViewer, requireWorkspaceId } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { Project } from "../project/project.entity.js";
import { assertProjectIdWritable } from "../project/project.policy.js";
import { Task } from "../task/task.entity.js";
import { Comment } from "./comment.entity.js";
import { recordCommentAdded, recordUsersMentioned } from "./comment.events.js";
import type { AddCommentInput, DeleteCommentInput, EditCommentInput } from "./comment.inputs.js";
import { commentLoaders } from "./comment.loaders.js";
import { MAX_COMMENT_LENGTH, parseMentions } from "./comment.mentions.js";
import { assertMayDeleteComment, assertMayEditComment } from "./comment.policy.js";

/** The body, checked, and the members it mentions: all checked in one call to workspaces. */
async function bodyAndMentions(ctx: PortfolioContext, body: string): Promise<{ body: string; mentionIds: string[] }> {
  const text = check.text("input.body", body, MAX_COMMENT_LENGTH);
  const ids = parseMentions(text, "input.body");
  const references = ctx.references;
  const mentionIds = await Promise.all(ids.map((id) => references.requireMember(id, "input.body")));
  return { body: text, mentionIds };
}

/** Comment use cases: each one flush, with its events. */
export const commentService = {
  get(ctx: PortfolioContext, id: string, field = "id"): Promise<Comment> {
    return loadOrThrow(commentLoaders(ctx).comment, "Comment", id, field);
  },

  async add(ctx: PortfolioContext, input: AddCommentInput): Promise<Comment> {
    const workspaceId = requireWorkspaceId(ctx);
    const task = await ctx.loaders.task.load(parseId(input.taskId, "input.taskId"));
    if (!task) throw errors.invalidField("input.taskId", `no task ${input.taskId} in this workspace`);
    await assertProjectIdWritable(ctx, task.project.id);
    const { body, mentionIds } = await bodyAndMentions(ctx, input.body);
    const comment = ctx.em.create(Comment, {
      workspaceId,
      task: ref(Task, task.id),
      project: ref(Project, task.project.id),
      authorId: requireViewer(ctx).userId,
      body,
      mentionIds,
    } as never);
    recordCommentAdded(ctx, comment);
    recordUsersMentioned(ctx, comment, mentionIds);
    await ctx.em.flush();
    return comment;
  },

  async edit(ctx: PortfolioContext, input: EditCommentInput): Promise<Comment> {
    const comment = await commentService.get(ctx, input.id, "input.id");
    assertMayEditComment(ctx, comment);
    await assertProjectIdWritable(ctx, comment.project.id);
    check.version("Comment", comment, input.expectedVersion);
    const { body, mentionIds } = await bodyAndMentions(ctx, input.body);
    if (body === comment.body) return comment;
    const newlyMentioned = mentionIds.filter((id) => !comment.mentionIds.includes(id));
    comment.body = body;
    comment.mentionIds = mentionIds;
    comment.editedAt = new Date();
    recordUsersMentioned(ctx, comment, newlyMentioned);
    await flushOrConflict(ctx);
    return comment;
  },

  async remove(ctx: PortfolioContext, input: DeleteCommentInput): Promise<string> {
    const comment = await commentService.get(ctx, input.id, "input.id");
    assertMayDeleteComment(ctx, comment);
    await assertProjectIdWritable(ctx, comment.project.id);
    ctx.em.remove(comment);
    await flushOrConflict(ctx);
    return comment.id;
  },
};
