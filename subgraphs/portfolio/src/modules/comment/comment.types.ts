import { Field, ID, ObjectType } from "type-graphql";
import { Connection } from "@plateau/subgraph-kit";
import { Comment } from "./comment.entity.js";

export const CommentConnection = Connection(Comment);

@ObjectType({ description: "The comment as posted or edited." })
export class CommentPayload {
  @Field(() => Comment, { description: "The comment after the change." }) comment!: Comment;
}

@ObjectType({ description: "What deleteComment removed." })
export class DeleteCommentPayload {
  @Field(() => ID, { description: "The id of the comment that no longer exists." }) deletedCommentId!: string;
}
