import { allow, isAuthenticated, type IRules } from "@plateau/subgraph-kit";

/** Changing a password needs a session; asking for and using a reset is for those who cannot sign in. */
export const passwordRules: IRules = {
  ChangePasswordPayload: isAuthenticated,
  RequestPasswordResetPayload: allow,
};
