export { workpackages } from "./subgraph.js";
export * from "./modules/work-package/work-package.entity.js";
export * from "./modules/architecture-element/architecture-element.entity.js";
export * from "./modules/package-link/package-link.entity.js";
export * from "./modules/package-link/package-relation.js";
