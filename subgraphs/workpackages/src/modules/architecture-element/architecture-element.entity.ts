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
registerEnumType(ArchitectureElementType, {
  description: "The ArchiMate 3.2 motivation, strategy and implementation & migration elements work packages act on.",
  valuesConfig: {
    GOAL: { description: "A high-level end state the organisation wants to reach." },
    OUTCOME: { description: "A measurable result that has been or should be achieved." },
    GAP: { description: "A difference between two plateaus, to be closed." },
    PLATEAU: { description: "A relatively stable state of the architecture at some point in time." },
    CAPABILITY: { description: "An ability the organisation has or needs." },
    REQUIREMENT: { description: "A statement of need the architecture must meet." },
    DELIVERABLE: { description: "A precisely defined result of a work package, such as a report or a system." },
  },
  name: "ArchitectureElementType",
});

/** An element of the workspace's architecture model; its name is unique per type within the workspace. */
@Directive(`@key(fields: "id")`)
@ObjectType({ description: "An ArchiMate element (goal, gap, plateau, …) that work packages realize." })
@Entity({ tableName: "architecture_element" })
@Unique({ properties: ["workspaceId", "type", "name"] })
export class ArchitectureElement extends VersionedTenantEntity {
  @Field(() => ArchitectureElementType, { description: "What kind of element it is; fixed once created." })
  @Enum({ items: () => ArchitectureElementType, nativeEnumName: "architecture_element_type" })
  type!: ArchitectureElementType;

  @Field(() => String, { description: "Its name, 1-200 characters, unique per type within the workspace." })
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: "What the element means, as free text; null for none." })
  @Property({ type: "text", nullable: true })
  description: string | null = null;
}
