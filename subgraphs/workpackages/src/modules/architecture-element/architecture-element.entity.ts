import { Entity, Enum, Property, Unique } from "@mikro-orm/decorators/legacy";
import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";
import { VersionedTenantEntity } from "@plateau/subgraph-kit";

/** The ArchiMate 3.2 motivation, strategy and implementation & migration elements work packages act on. */
export enum ArchitectureElementType {
  GOAL = "GOAL",
  OUTCOME = "OUTCOME",
  GAP = "GAP",
  PLATEAU = "PLATEAU",
  CAPABILITY = "CAPABILITY",
  REQUIREMENT = "REQUIREMENT",
  DELIVERABLE = "DELIVERABLE",
}
registerEnumType(ArchitectureElementType, { name: "ArchitectureElementType" });

/** An element of the workspace's architecture model; its name is unique per type within the workspace. */
@Directive(`@key(fields: "id")`)
@ObjectType({ description: "An ArchiMate element (goal, gap, plateau, …) that work packages realize." })
@Entity({ tableName: "architecture_element" })
@Unique({ properties: ["workspaceId", "type", "name"] })
export class ArchitectureElement extends VersionedTenantEntity {
  @Field(() => ArchitectureElementType)
  @Enum({ items: () => ArchitectureElementType, nativeEnumName: "architecture_element_type" })
  type!: ArchitectureElementType;

  @Field(() => String)
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: "text", nullable: true })
  description: string | null = null;
}
