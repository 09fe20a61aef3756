import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { EnumFilter, SortDirection, StringFilter, type EnumFilterValue } from "@plateau/subgraph-kit";
import { ArchitectureElementType } from "./architecture-element.entity.js";

const ArchitectureElementTypeFilter = EnumFilter(ArchitectureElementType, "ArchitectureElementType");

@InputType({ description: "Filters architecture elements; fields combine with AND." })
export class ArchitectureElementFilter {
  @Field(() => ArchitectureElementTypeFilter, { nullable: true, description: "Elements of these types." })
  type?: EnumFilterValue<ArchitectureElementType>;
  @Field(() => StringFilter, { nullable: true, description: "Elements whose name matches." }) name?: StringFilter;
  @Field(() => [ArchitectureElementFilter], { nullable: true, description: "Every one of these filters matches." })
  and?: ArchitectureElementFilter[];
  @Field(() => [ArchitectureElementFilter], { nullable: true, description: "At least one of these filters matches." })
  or?: ArchitectureElementFilter[];
}

export enum ArchitectureElementOrderField {
  TYPE = "type",
  NAME = "name",
  CREATED_AT = "createdAt",
}

registerEnumType(ArchitectureElementOrderField, {
  description: "What architecture elements can be sorted by (ties are broken by id).",
  valuesConfig: {
    TYPE: { description: "The element type." },
    NAME: { description: "The name, alphabetically." },
    CREATED_AT: { description: "When the element was created." },
  },
  name: "ArchitectureElementOrderField",
});

@InputType({ description: "A sort order for architecture elements; without one, by type, then name." })
export class ArchitectureElementOrder {
  @Field(() => ArchitectureElementOrderField, { description: "What to sort by." }) field!: ArchitectureElementOrderField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: "Ascending (default) or descending." })
  direction: SortDirection = SortDirection.ASC;
}

@InputType({ description: "A new architecture element in the current workspace." })
export class CreateArchitectureElementInput {
  @Field(() => ArchitectureElementType, { description: "What kind of element it is; fixed once created." }) type!: ArchitectureElementType;
  @Field(() => String, { description: "1-200 characters; unique per type within the workspace." }) name!: string;
  @Field(() => String, { nullable: true, description: "What the element means, as free text." }) description?: string | null;
}

@InputType({ description: "Only the fields given are changed; the type is fixed once created." })
export class UpdateArchitectureElementInput {
  @Field(() => ID, { description: "The element to edit." }) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the element is still at this version." }) expectedVersion?:
    number | null;
  @Field(() => String, { nullable: true, description: "A new name, 1-200 characters, unique per type within the workspace." }) name?:
    string | null;
  @Field(() => String, { nullable: true, description: "A new description; null clears it." }) description?: string | null;
}

@InputType({ description: "The architecture element to delete." })
export class DeleteArchitectureElementInput {
  @Field(() => ID, { description: "The element to delete." }) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the element is still at this version." }) expectedVersion?:
    number | null;
}
