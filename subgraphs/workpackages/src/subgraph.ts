import type { SubgraphDefinition } from "@plateau/subgraph-kit";
import { ExecutionStatusResolver } from "./modules/execution/execution-status.resolver.js";
import { executionStatusRules } from "./modules/execution/execution-status.rules.js";
import { createLoaders, type WorkPackagesLoaders } from "./context.js";
import { migrations } from "./migrations/index.js";
import { ArchitectureElement } from "./modules/architecture-element/architecture-element.entity.js";
import { architectureElementReference } from "./modules/architecture-element/architecture-element.reference.js";
import { ArchitectureElementResolver } from "./modules/architecture-element/architecture-element.resolver.js";
import { architectureElementRules } from "./modules/architecture-element/architecture-element.rules.js";
import { PackageLink } from "./modules/package-link/package-link.entity.js";
import { packageLinkReference } from "./modules/package-link/package-link.reference.js";
import { PackageLinkResolver } from "./modules/package-link/package-link.resolver.js";
import { packageLinkRules } from "./modules/package-link/package-link.rules.js";
import { ProjectWorkPackagesResolver } from "./modules/project/project.resolver.js";
import { projectReference } from "./modules/project/project.reference.js";
import { projectRules } from "./modules/project/project.rules.js";
import { WorkPackage } from "./modules/work-package/work-package.entity.js";
import { workPackageReference } from "./modules/work-package/work-package.reference.js";
import { WorkPackageResolver } from "./modules/work-package/work-package.resolver.js";
import { workPackageRules } from "./modules/work-package/work-package.rules.js";
import { referenceTargets } from "./reference-targets.js";

/** The workpackages subgraph: ArchiMate work packages and the architecture elements they realize. */
export const workpackages: SubgraphDefinition<WorkPackagesLoaders> = {
  name: "workpackages",
  entities: [WorkPackage, ArchitectureElement, PackageLink],
  tenantEntities: [WorkPackage, ArchitectureElement, PackageLink],
  auditedEntities: [WorkPackage, ArchitectureElement, PackageLink],
  migrations,
  resolvers: [WorkPackageResolver, ExecutionStatusResolver, ArchitectureElementResolver, PackageLinkResolver, ProjectWorkPackagesResolver],
  referenceResolvers: {
    WorkPackage: workPackageReference,
    ArchitectureElement: architectureElementReference,
    PackageLink: packageLinkReference,
    Project: projectReference,
  } as never,
  permissions: [workPackageRules, executionStatusRules, architectureElementRules, packageLinkRules, projectRules],
  loaders: createLoaders,
  references: referenceTargets,
};
