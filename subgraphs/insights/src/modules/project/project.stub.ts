import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";
import { LocalDate } from "@plateau/subgraph-kit";

/**
 * portfolio's Project, as insights knows it: its id, the facts the risk rules need (owned and resolved by
 * portfolio, hence `@external`; the gateway fetches them because `risks` `@requires` them and passes them
 * in the representation), plus `risks`, which insights adds.
 */
@Directive(`@key(fields: "id")`)
@ObjectType()
export class Project {
  @Field(() => ID)
  id!: string;

  @Directive("@external")
  @Field(() => Float)
  progress?: number;

  @Directive("@external")
  @Field(() => LocalDate, { nullable: true })
  startDate?: string | null;

  @Directive("@external")
  @Field(() => LocalDate, { nullable: true })
  endDate?: string | null;

  @Directive("@external")
  @Field(() => Int)
  blockedTaskCount?: number;
}

/** A reference to a Project, for a field that points at one (the gateway resolves the rest in portfolio). */
export const projectRef = (id: string): Project => ({ id });
