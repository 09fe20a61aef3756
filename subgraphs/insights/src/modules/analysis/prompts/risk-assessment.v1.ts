import type { PromptTemplate } from "./prompt-template.js";

/** RISK_ASSESSMENT, version 1. */
export const riskAssessmentV1: PromptTemplate = {
  version: "risk-assessment@1",
  task: [
    "Assess the risks to the plan in the facts.",
    "Include the open rule-based risks in the facts, and any the figures show beyond them: schedule, resourcing, scope, dependencies, and where the descriptions and titles suggest them, technical debt, integration complexity and compliance gaps.",
    "For each risk: a title, its category, a severity (LOW, MEDIUM, HIGH, CRITICAL), the evidence from the figures, and a concrete mitigation.",
    "headline: one line; summary: a short paragraph ranking the risks.",
  ].join("\n"),
};
