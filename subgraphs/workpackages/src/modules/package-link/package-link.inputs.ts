import { Field, ID, InputType, ObjectType } from "type-graphql";
import { PackageLink } from "./package-link.entity.js";
import { PackageRelation } from "./package-relation.js";

@InputType()
export class LinkWorkPackageInput {
  @Field(() => ID) workPackageId!: string;
  @Field(() => ID) elementId!: string;
  @Field(() => PackageRelation, { description: "Must suit the element's type (e.g. CLOSES only a GAP)." }) relation!: PackageRelation;
}

@InputType()
export class UnlinkWorkPackageInput {
  @Field(() => ID) linkId!: string;
}

@ObjectType()
export class PackageLinkPayload {
  @Field(() => PackageLink) link!: PackageLink;
}

@ObjectType()
export class UnlinkWorkPackagePayload {
  @Field(() => ID) removedLinkId!: string;
}
