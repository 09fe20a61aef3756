export * from "./execute.js";
