export * from "./remote-entities.js";
export * from "./remote-references.js";
export * from "./settings.js";
