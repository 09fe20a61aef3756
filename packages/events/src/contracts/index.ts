/*
 * The event contracts: every event's type name, version and data shape, declared once per producing
 * service. Producers record them (`recordEvent` takes only these), and consumers and the gateway's
 * subscription catalogue match on them; no other module, tests included, spells an event type as a
 * string (event-names.test.ts beside this file checks that).
 */
export * from "./audit.js";
export * from "./identity.js";
export * from "./insights.js";
export * from "./portfolio.js";
export * from "./timesheets.js";
export * from "./workspaces.js";
export * from "./portfolio-task-change.js";
