export * from "./outbox-event.entity.js";
export * from "./outbox-relay.js";
export * from "./record-event.js";
