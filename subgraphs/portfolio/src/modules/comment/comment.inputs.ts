import { Field, ID, InputType, Int } from "type-graphql";

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
