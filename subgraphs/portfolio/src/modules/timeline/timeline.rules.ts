import { canRead, type IRules } from "@plateau/subgraph-kit";

/** Who may read timelines. Root operations take their rules from the access matrix (@plateau/kernel, access.ts). */
export const timelineRules: IRules = {
  Timeline: canRead,
  TimelineBar: canRead,
  SetProjectBaselinePayload: canRead,
};
