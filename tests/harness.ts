import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { dataOf, execute } from "@plateau/client";
import { uuidv7 } from "@plateau/kernel";
import { workerDatabaseUrl } from "@plateau/test-kit";
import { AddWorkspaceMemberDocument, CreateWorkspaceDocument, LoginDocument, SignUpDocument, type WorkspaceRole } from "@plateau/client";
import { startGraph, type RunningGraph } from "../scripts/graph.js";

/** The whole graph on the test server's PostgreSQL, on free ports, with its own key folder. */
export async function startTestGraph(options: { onQuery?: (subgraph: string, sql: string) => void } = {}): Promise<RunningGraph> {
  return startGraph({
    database: { url: await workerDatabaseUrl() },
    fixedPorts: false,
    settings: { DATA_DIR: mkdtempSync(path.join(tmpdir(), "plateau-e2e-")) },
    onQuery: options.onQuery,
  });
}

export const PASSWORD = "correct horse battery staple";

/** Signs up a user with a unique email and returns its id and a token without workspace. */
export async function signUp(url: string, name: string) {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${uuidv7().slice(-12)}@e2e.plateau.dev`;
  const { signUp } = dataOf(await execute(url, SignUpDocument, { variables: { input: { email, password: PASSWORD, name } } }));
  return { id: signUp.user.id, email, token: signUp.accessToken };
}

/** Logs in, scoped to the given workspace. */
export async function login(url: string, email: string, workspaceId?: string) {
  const { login } = dataOf(await execute(url, LoginDocument, { variables: { input: { email, password: PASSWORD, workspaceId } } }));
  return login.accessToken;
}

/** A workspace with an owner and one user per other role, each with a workspace token. */
export async function workspaceWithTeam(url: string) {
  const owner = await signUp(url, "Olivia Owner");
  const { createWorkspace } = dataOf(
    await execute(url, CreateWorkspaceDocument, { token: owner.token, variables: { input: { name: `E2E ${uuidv7().slice(-6)}` } } }),
  );
  const workspaceId = createWorkspace.workspace.id;
  const ownerToken = await login(url, owner.email, workspaceId);
  const members = {} as Record<Exclude<WorkspaceRole, "OWNER">, { id: string; token: string }>;
  for (const role of ["ADMIN", "MANAGER", "MEMBER", "VIEWER"] as const) {
    const user = await signUp(url, `${role[0]}${role.slice(1).toLowerCase()} User`);
    dataOf(await execute(url, AddWorkspaceMemberDocument, { token: ownerToken, variables: { input: { userId: user.id, role } } }));
    members[role] = { id: user.id, token: await login(url, user.email, workspaceId) };
  }
  return { workspaceId, owner: { id: owner.id, token: ownerToken }, ...members };
}
