import { inWorkspace, isAuthenticated, type IRules } from "@plateau/subgraph-kit";

/** Who may reach architecture elements; the MANAGER check for changes is in the service. */
export const architectureElementRules: IRules = {
  Query: { architectureElement: inWorkspace, architectureElements: inWorkspace },
  Mutation: { createArchitectureElement: inWorkspace, updateArchitectureElement: inWorkspace, deleteArchitectureElement: inWorkspace },
  ArchitectureElement: isAuthenticated,
  ArchitectureElementConnection: isAuthenticated,
  ArchitectureElementEdge: isAuthenticated,
  ArchitectureElementPayload: isAuthenticated,
  DeleteArchitectureElementPayload: isAuthenticated,
};
