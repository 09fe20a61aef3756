export * from "./secret-box.js";
export * from "./secret-keys.js";
