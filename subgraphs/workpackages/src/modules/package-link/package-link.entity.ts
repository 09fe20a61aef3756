import { Entity, Enum, Index, ManyToOne, Unique } from "@mikro-orm/decorators/legacy";
import type { Ref } from "@mikro-orm/core";
import { Directive, Field, ObjectType } from "type-graphql";
import { TenantEntity } from "@plateau/subgraph-kit";
import { ArchitectureElement } from "../architecture-element/architecture-element.entity.js";
import { WorkPackage } from "../work-package/work-package.entity.js";
import { PackageRelation } from "./package-relation.js";

/**
 * A relationship from a work package to an architecture element. Links are created and removed, never
 * edited, so they carry no version. They go with either end.
 */
@Directive(`@key(fields: "id")`)
@ObjectType({ description: "A relationship from a work package to an architecture element." })
@Entity({ tableName: "package_link" })
@Unique({ properties: ["workspaceId", "workPackage", "element", "relation"] })
@Index({ properties: ["workspaceId", "element"] })
export class PackageLink extends TenantEntity {
  @ManyToOne({ entity: () => WorkPackage, ref: true, deleteRule: "cascade" })
  workPackage!: Ref<WorkPackage>;

  @ManyToOne({ entity: () => ArchitectureElement, ref: true, deleteRule: "cascade" })
  element!: Ref<ArchitectureElement>;

  @Field(() => PackageRelation, { description: "How the work package relates to the element." })
  @Enum({ items: () => PackageRelation, nativeEnumName: "package_relation" })
  relation!: PackageRelation;
}
