import { portfolioEvents } from "@plateau/events";
import { recordEvent } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import type { Comment } from "./comment.entity.js";

/** The events of the comment module, on the `plateau:events:portfolio` stream. */
export const commentEvents = {
  added: portfolioEvents.commentAdded,
  userMentioned: portfolioEvents.userMentioned,
};

const subject = (comment: Comment) => ({ typename: "Comment", id: comment.id });

/** Records `comment.added` for a new comment. */
export function recordCommentAdded(ctx: PortfolioContext, comment: Comment): void {
  recordEvent(ctx, {
    type: commentEvents.added,
    subject: subject(comment),
    data: { taskId: comment.task.id, commentId: comment.id, mentionedUserIds: comment.mentionIds },
  });
}

/** Records `user.mentioned` for each of `userIds` but the comment's author (nobody is told they mentioned themselves). */
export function recordUsersMentioned(ctx: PortfolioContext, comment: Comment, userIds: string[]): void {
  for (const userId of userIds) {
    if (userId === comment.authorId) continue;
    recordEvent(ctx, {
      type: commentEvents.userMentioned,
      subject: subject(comment),
      data: { userId, taskId: comment.task.id, commentId: comment.id },
    });
  }
}
