import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { PageArgs } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { Task } from "../task/task.entity.js";
import type { TaskView } from "../task/task.rows.js";
import { User } from "../user/user.stub.js";
import { Comment } from "./comment.entity.js";
import { AddCommentInput, DeleteCommentInput, EditCommentInput } from "./comment.inputs.js";
import { CommentConnection, CommentPayload, DeleteCommentPayload } from "./comment.types.js";
import { commentLoaders } from "./comment.loaders.js";
import { commentService } from "./comment.service.js";

@Resolver(() => Comment)
export class CommentResolver {
  @Mutation(() => CommentPayload, { description: "Comments on a task; mentioned users must be members of the workspace." })
  async addComment(
    @Arg("input", () => AddCommentInput, { description: "The task and the body." }) input: AddCommentInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<CommentPayload> {
    return { comment: await commentService.add(ctx, input) };
  }

  @Mutation(() => CommentPayload, { description: "Replaces a comment's body; only its author may." })
  async editComment(
    @Arg("input", () => EditCommentInput, { description: "The comment and its new body." }) input: EditCommentInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<CommentPayload> {
    return { comment: await commentService.edit(ctx, input) };
  }

  @Mutation(() => DeleteCommentPayload, { description: "Deletes a comment for good; its author or a MANAGER (or above) may." })
  async deleteComment(
    @Arg("input", () => DeleteCommentInput, { description: "The comment to delete." }) input: DeleteCommentInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<DeleteCommentPayload> {
    return { deletedCommentId: await commentService.remove(ctx, input) };
  }

  @FieldResolver(() => User, { nullable: true, description: "Who wrote it." })
  author(@Root() comment: Comment): User {
    return { id: comment.authorId };
  }

  @FieldResolver(() => [User], { description: "The users the body mentions, in order of first mention." })
  mentions(@Root() comment: Comment): User[] {
    return comment.mentionIds.map((id) => ({ id }));
  }

  @FieldResolver(() => Task, { description: "The task it is on." })
  async task(@Root() comment: Comment, @Ctx() ctx: PortfolioContext): Promise<Task> {
    return (await ctx.loaders.task.load(comment.task.id))!;
  }
}

/** Task.comments: oldest first, paginated; batched across the tasks of a response. */
@Resolver(() => Task)
export class TaskCommentsResolver {
  @FieldResolver(() => CommentConnection, { description: "Comments on this task, oldest first." })
  comments(@Root() task: TaskView, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: PortfolioContext) {
    return commentLoaders(ctx).byTask.load({ key: task.id, page });
  }
}
