export { insights } from "./subgraph.js";
export * from "./modules/risk/risk.entity.js";
