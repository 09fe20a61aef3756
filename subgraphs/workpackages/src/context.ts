import type { EntityManager } from "@mikro-orm/core";
import type { Viewer } from "@plateau/kernel";
import { entityLoader, groupLoader, type ResolverContext } from "@plateau/subgraph-kit";
import { ArchitectureElement } from "./modules/architecture-element/architecture-element.entity.js";
import { PackageLink } from "./modules/package-link/package-link.entity.js";
import { WorkPackage } from "./modules/work-package/work-package.entity.js";
import { workPackagesByProjectLoader } from "./modules/work-package/work-package.loaders.js";

const OLDEST_FIRST = { createdAt: "asc", id: "asc" } as const;

/** The request-scoped DataLoaders of the workpackages subgraph (every one tenant-scoped by the ORM filter). */
export function createLoaders(em: EntityManager, _viewer: Viewer | undefined) {
  return {
    workPackage: entityLoader(em, WorkPackage),
    architectureElement: entityLoader(em, ArchitectureElement),
    packageLink: entityLoader(em, PackageLink),
    childrenByParent: groupLoader(em, WorkPackage, "parent", OLDEST_FIRST),
    linksByWorkPackage: groupLoader(em, PackageLink, "workPackage", OLDEST_FIRST),
    linksByElement: groupLoader(em, PackageLink, "element", OLDEST_FIRST),
    workPackagesByProject: workPackagesByProjectLoader(em),
  };
}

export type WorkPackagesLoaders = ReturnType<typeof createLoaders>;
export type WorkPackagesContext = ResolverContext<WorkPackagesLoaders>;
