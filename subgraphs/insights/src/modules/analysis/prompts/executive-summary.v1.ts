import type { PromptTemplate } from "./prompt-template.js";

/** EXECUTIVE_SUMMARY, version 1. */
export const executiveSummaryV1: PromptTemplate = {
  version: "executive-summary@1",
  task: [
    "Write an executive status summary of the work in the facts.",
    "headline: one line on where it stands. summary: two or three short paragraphs: progress against plan, the forecast against the end date, milestones, and the risks that matter.",
    "highlights: at most five facts an executive must know, one sentence each, each with its figure.",
  ].join("\n"),
};
