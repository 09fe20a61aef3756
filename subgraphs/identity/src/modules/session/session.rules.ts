import { isAuthenticated, type IRules } from "@plateau/subgraph-kit";

/**
 * Sessions are one's own: listing and ending them needs a signed-in caller (the services also require
 * the caller's own session to be active). Refreshing is what a client does once its access token has
 * expired, so it needs none: the refresh token is the credential.
 */
export const sessionRules: IRules = {
  Session: isAuthenticated,
  SessionConnection: isAuthenticated,
  SessionEdge: isAuthenticated,
  LogoutPayload: isAuthenticated,
  RevokeSessionPayload: isAuthenticated,
  RevokeAllSessionsPayload: isAuthenticated,
};
