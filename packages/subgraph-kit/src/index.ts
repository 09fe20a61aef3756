import "reflect-metadata";

export * from "./context.js";
export * from "./entity.js";
export * from "./federation.js";
export * from "./filters.js";
export * from "./loaders.js";
export * from "./lookup.js";
export * from "./main.js";
export * from "./orm.js";
export * from "./outbox/index.js";
export * from "./pagination.js";
export * from "./scalars.js";
export * from "./secrets/index.js";
export * from "./server.js";
export * from "./shield.js";
export * from "./subgraph.js";
export * from "./validate.js";
