import { isAuthenticated, type IRules } from "@plateau/subgraph-kit";

/** Security events are read by their own user only: the service scopes the list to the caller. */
export const securityEventRules: IRules = {
  SecurityEvent: isAuthenticated,
  SecurityEventConnection: isAuthenticated,
  SecurityEventEdge: isAuthenticated,
};
