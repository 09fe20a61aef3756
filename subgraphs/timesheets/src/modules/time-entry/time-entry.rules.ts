import { canRead, type IRules } from "@plateau/subgraph-kit";

/** Who may reach time entries; the role checks (own vs others' time) are in the service. */
export const timeEntryRules: IRules = {
  TimeEntry: canRead,
  TimeEntryConnection: canRead,
  TimeEntryEdge: canRead,
  TimeEntryPayload: canRead,
  DeleteTimeEntryPayload: canRead,
};
