export { portfolio } from "./subgraph.js";
export * from "./modules/project/project.entity.js";
export * from "./modules/project/project-status-update.entity.js";
export * from "./modules/category/category.entity.js";
export * from "./modules/task/task.entity.js";
export * from "./modules/milestone/milestone.entity.js";
export * from "./modules/task/workflow.entity.js";
