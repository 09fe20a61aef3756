export * from "./data-change-audit.js";
