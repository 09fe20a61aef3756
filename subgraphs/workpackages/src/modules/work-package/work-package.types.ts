import { Field, ID, ObjectType } from "type-graphql";
import { WorkPackage } from "./work-package.entity.js";

@ObjectType({ description: "The work package as created or edited." })
export class WorkPackagePayload {
  @Field(() => WorkPackage, { description: "The package after the change." }) workPackage!: WorkPackage;
}

@ObjectType({ description: "What deleteWorkPackage removed." })
export class DeleteWorkPackagePayload {
  @Field(() => ID, { description: "The id of the package that no longer exists." }) deletedWorkPackageId!: string;
}
