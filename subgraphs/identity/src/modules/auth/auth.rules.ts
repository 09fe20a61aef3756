import { allow, type IRules } from "@plateau/subgraph-kit";

/** Who may call signUp, login and switchWorkspace is in the access matrix (kernel access.ts); these are the payload types. */
export const authRules: IRules = {
  // Returned to anonymous callers by signUp/login/refresh; its `user` is guarded by the User rule.
  AuthPayload: allow,
  LoginPayload: allow,
};
