export { timesheets } from "./subgraph.js";
export * from "./modules/time-entry/time-entry.entity.js";
