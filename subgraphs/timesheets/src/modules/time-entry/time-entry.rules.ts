import { inWorkspace, isAuthenticated, type IRules } from "@plateau/subgraph-kit";

/** Who may reach time entries; the role checks (own vs others' time) are in the service. */
export const timeEntryRules: IRules = {
  Query: { timeEntry: inWorkspace, timeEntries: inWorkspace },
  Mutation: { logTime: inWorkspace, updateTimeEntry: inWorkspace, deleteTimeEntry: inWorkspace },
  TimeEntry: isAuthenticated,
  TimeEntryConnection: isAuthenticated,
  TimeEntryEdge: isAuthenticated,
  TimeEntryPayload: isAuthenticated,
  DeleteTimeEntryPayload: isAuthenticated,
};
