import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { EnumFilter, SortDirection, StringFilter, type EnumFilterValue } from "@plateau/subgraph-kit";
import { ArchitectureElement, ArchitectureElementType } from "./architecture-element.entity.js";

const ArchitectureElementTypeFilter = EnumFilter(ArchitectureElementType, "ArchitectureElementType");

@InputType({ description: "Filters architecture elements; fields combine with AND." })
export class ArchitectureElementFilter {
  @Field(() => ArchitectureElementTypeFilter, { nullable: true }) type?: EnumFilterValue<ArchitectureElementType>;
  @Field(() => StringFilter, { nullable: true }) name?: StringFilter;
  @Field(() => [ArchitectureElementFilter], { nullable: true }) and?: ArchitectureElementFilter[];
  @Field(() => [ArchitectureElementFilter], { nullable: true }) or?: ArchitectureElementFilter[];
}

export enum ArchitectureElementOrderField {
  TYPE = "type",
  NAME = "name",
  CREATED_AT = "createdAt",
}
registerEnumType(ArchitectureElementOrderField, { name: "ArchitectureElementOrderField" });

@InputType()
export class ArchitectureElementOrder {
  @Field(() => ArchitectureElementOrderField) field!: ArchitectureElementOrderField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection = SortDirection.ASC;
}

@InputType()
export class CreateArchitectureElementInput {
  @Field(() => ArchitectureElementType) type!: ArchitectureElementType;
  @Field(() => String, { description: "1-200 characters; unique per type within the workspace." }) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType({ description: "Only the fields given are changed; the type is fixed once created." })
export class UpdateArchitectureElementInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true, description: "Fail with CONFLICT unless the element is still at this version." }) expectedVersion?:
    number | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType()
export class DeleteArchitectureElementInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
}

@ObjectType()
export class ArchitectureElementPayload {
  @Field(() => ArchitectureElement) element!: ArchitectureElement;
}

@ObjectType()
export class DeleteArchitectureElementPayload {
  @Field(() => ID) deletedArchitectureElementId!: string;
}
