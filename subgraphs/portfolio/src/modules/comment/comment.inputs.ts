import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Connection } from "@plateau/subgraph-kit";
import { Comment } from "./comment.entity.js";

export const CommentConnection = Connection(Comment);

@InputType({ description: "A comment to post on a task." })
export class AddCommentInput {
  @Field(() => ID, { description: "The task to comment on." }) taskId!: string;
  @Field(() => String, { description: "Up to 10,000 characters; mention members with `@[Name](user:<id>)`." }) body!: string;
}

@InputType({ description: "A new body for one of your comments." })
export class EditCommentInput {
  @Field(() => ID, { description: "The comment to edit." }) id!: string;
  @Field(() => String, { description: "The new body: up to 10,000 characters; mention members with `@[Name](user:<id>)`." }) body!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the comment is still at this version." })
  expectedVersion?: number | null;
}

@InputType({ description: "The comment to delete." })
export class DeleteCommentInput {
  @Field(() => ID, { description: "The comment to delete." }) id!: string;
}

@ObjectType({ description: "The comment as posted or edited." })
export class CommentPayload {
  @Field(() => Comment, { description: "The comment after the change." }) comment!: Comment;
}

@ObjectType({ description: "What deleteComment removed." })
export class DeleteCommentPayload {
  @Field(() => ID, { description: "The id of the comment that no longer exists." }) deletedCommentId!: string;
}
