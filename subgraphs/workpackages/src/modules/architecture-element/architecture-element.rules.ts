import { canRead, type IRules } from "@plateau/subgraph-kit";

/** Who may reach architecture elements; the MANAGER check for changes is in the service. */
export const architectureElementRules: IRules = {
  ArchitectureElement: canRead,
  ArchitectureElementConnection: canRead,
  ArchitectureElementEdge: canRead,
  ArchitectureElementPayload: canRead,
  DeleteArchitectureElementPayload: canRead,
};
