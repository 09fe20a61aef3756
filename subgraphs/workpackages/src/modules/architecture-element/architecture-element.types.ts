import { Field, ID, ObjectType } from "type-graphql";
import { ArchitectureElement } from "./architecture-element.entity.js";

@ObjectType({ description: "The architecture element as created or edited." })
export class ArchitectureElementPayload {
  @Field(() => ArchitectureElement, { description: "The element after the change." }) element!: ArchitectureElement;
}

@ObjectType({ description: "What deleteArchitectureElement removed." })
export class DeleteArchitectureElementPayload {
  @Field(() => ID, { description: "The id of the element that no longer exists." }) deletedArchitectureElementId!: string;
}
