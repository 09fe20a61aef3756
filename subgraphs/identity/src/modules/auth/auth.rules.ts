import { allow, isAuthenticated, type IRules } from "@plateau/subgraph-kit";

/** Signing up and in is open to anyone; switching workspace needs a session to switch. */
export const authRules: IRules = {
  Mutation: { signUp: allow, login: allow, switchWorkspace: isAuthenticated },
  // Returned to anonymous callers by signUp/login/refresh; its `user` is guarded by the User rule.
  AuthPayload: allow,
  LoginPayload: allow,
};
