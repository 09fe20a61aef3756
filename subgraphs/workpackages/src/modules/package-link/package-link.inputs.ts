import { Field, ID, InputType, ObjectType } from "type-graphql";
import { PackageLink } from "./package-link.entity.js";
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

@ObjectType({ description: "The link as recorded." })
export class PackageLinkPayload {
  @Field(() => PackageLink, { description: "The new link." }) link!: PackageLink;
}

@ObjectType({ description: "What unlinkWorkPackage removed." })
export class UnlinkWorkPackagePayload {
  @Field(() => ID, { description: "The id of the link that no longer exists." }) removedLinkId!: string;
}
