export * from "./create-event-bus.js";
export * from "./cursor.js";
export * from "./envelope.js";
export * from "./event-bus.js";
export * from "./in-process-event-bus.js";
export * from "./redis-event-bus.js";
export * from "./contracts/index.js";
