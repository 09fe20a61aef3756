import { Field, ID, ObjectType } from "type-graphql";
import { PackageLink } from "./package-link.entity.js";

@ObjectType({ description: "The link as recorded." })
export class PackageLinkPayload {
  @Field(() => PackageLink, { description: "The new link." }) link!: PackageLink;
}

@ObjectType({ description: "What unlinkWorkPackage removed." })
export class UnlinkWorkPackagePayload {
  @Field(() => ID, { description: "The id of the link that no longer exists." }) removedLinkId!: string;
}
