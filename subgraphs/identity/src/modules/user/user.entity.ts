import { Entity, Property } from "@mikro-orm/decorators/legacy";
import { Directive, Field, ObjectType } from "type-graphql";
import { BaseEntity } from "@plateau/subgraph-kit";

/**
 * A person who can sign in. Not a tenant row: one account reaches every workspace it is a member of
 * (memberships live in the workspaces subgraph).
 */
@Directive(`@key(fields: "id")`)
@ObjectType({ description: "A person who can sign in." })
@Entity({ tableName: "user" })
export class User extends BaseEntity {
  @Field(() => String, { description: "Lower-cased; unique across Plateau." })
  @Property({ type: "string", length: 254, unique: true })
  email!: string;

  @Field(() => String, { description: "The name to show for the person, as they gave it (at most 200 characters)." })
  @Property({ type: "string", length: 200 })
  name!: string;

  /** argon2id; never exposed in GraphQL and hidden from serialisation. */
  @Property({ type: "string", length: 255, hidden: true })
  passwordHash!: string;

  @Property({ type: "integer", version: true })
  version: number = 1;
}
