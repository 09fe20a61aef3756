export { insights } from "./subgraph.js";
export * from "./modules/risk/risk.entity.js";
export * from "./modules/risk/risk.events.js";
export { handleProgressChanged, PROGRESS_CHANGED, RISK_CONSUMER_GROUP, startRiskConsumer } from "./modules/risk/risk.consumer.js";
