export { workspaces } from "./subgraph.js";
export * from "./modules/workspace/workspace.entity.js";
export * from "./modules/membership/membership.entity.js";
