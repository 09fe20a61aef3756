import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Connection } from "@plateau/subgraph-kit";
import { Comment } from "./comment.entity.js";

export const CommentConnection = Connection(Comment);

@InputType()
export class AddCommentInput {
  @Field(() => ID) taskId!: string;
  @Field(() => String, { description: "Up to 10,000 characters; mention members with `@[Name](user:<id>)`." }) body!: string;
}

@InputType()
export class EditCommentInput {
  @Field(() => ID) id!: string;
  @Field(() => String) body!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the comment is still at this version." })
  expectedVersion?: number | null;
}

@InputType()
export class DeleteCommentInput {
  @Field(() => ID) id!: string;
}

@ObjectType()
export class CommentPayload {
  @Field(() => Comment) comment!: Comment;
}

@ObjectType()
export class DeleteCommentPayload {
  @Field(() => ID) deletedCommentId!: string;
}
