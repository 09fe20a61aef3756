import { isAuthenticated, type IRules } from "@plateau/subgraph-kit";

/**
 * Managing MFA is for the signed-in account holder (the service also requires an active session and a
 * code). Completing an MFA login is what a caller without tokens does: the challenge is the credential.
 */
export const mfaRules: IRules = {
  EnrollMfaPayload: isAuthenticated,
  ConfirmMfaPayload: isAuthenticated,
  DisableMfaPayload: isAuthenticated,
  RegenerateRecoveryCodesPayload: isAuthenticated,
};
