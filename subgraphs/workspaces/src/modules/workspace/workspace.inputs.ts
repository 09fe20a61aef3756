import { Field, ID, InputType, Int } from "type-graphql";

@InputType({ description: "A new workspace, which you own." })
export class CreateWorkspaceInput {
  @Field(() => String, { description: "1-120 characters." }) name!: string;
  @Field(() => String, {
    nullable: true,
    description: "3-48 lower-case letters, digits and dashes; derived from the name when omitted (with a short suffix if taken).",
  })
  slug?: string | null;
}

@InputType({ description: "Edits the current workspace; only the fields given are changed." })
export class UpdateWorkspaceInput {
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the workspace is still at this version." })
  expectedVersion?: number | null;
  @Field(() => String, { nullable: true, description: "A new name, 1-120 characters." }) name?: string | null;
  @Field(() => String, { nullable: true, description: "A new URL name: 3-48 lower-case letters, digits and dashes, unique." }) slug?:
    string | null;
}

@InputType({ description: "The workspace to delete, with its slug as confirmation." })
export class DeleteWorkspaceInput {
  @Field(() => ID, { description: "The workspace to delete: the one your token is scoped to." }) workspaceId!: string;
  @Field(() => String, { description: "Its current slug, typed out as confirmation." }) confirmSlug!: string;
}
