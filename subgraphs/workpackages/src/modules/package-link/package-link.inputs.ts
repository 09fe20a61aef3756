import { Field, ID, InputType } from "type-graphql";
import { PackageRelation } from "./package-relation.js";

@InputType({ description: "A relationship to record between a work package and an architecture element." })
export class LinkWorkPackageInput {
  @Field(() => ID, { description: "The work package." }) workPackageId!: string;
  @Field(() => ID, { description: "The architecture element it acts on." }) elementId!: string;
  @Field(() => PackageRelation, { description: "Must suit the element's type (e.g. CLOSES only a GAP)." }) relation!: PackageRelation;
}

@InputType({ description: "A link to remove." })
export class UnlinkWorkPackageInput {
  @Field(() => ID, { description: "The link (PackageLink) to remove." }) linkId!: string;
}
