import {
  AddWorkspaceMemberDocument,
  CreateProjectDocument,
  CreateTaskDocument,
  CreateWorkspaceDocument,
  dataOf,
  LoginDocument,
  SignUpDocument,
  type CreateProjectInput,
  type CreateTaskInput,
  type WorkspaceRole,
} from "@plateau/client";
import { uuidv7 } from "@plateau/kernel";
// Factories also build data straight in a subgraph under test: as the gateway, like every test request.
import { execute } from "./internal-credentials.js";

/**
 * Factories that build data the way a client does: through the gateway's public API, so every test
 * fixture passes the same validation and authorization as real traffic. Each takes overrides.
 */

/** The password every factory user has. */
export const TEST_PASSWORD = "correct horse battery staple";

/** A user with a unique email; returns its id, email and a token without workspace. */
export async function buildUser(url: string, overrides: { name?: string; email?: string } = {}) {
  const name = overrides.name ?? "Test User";
  const email = overrides.email ?? `${name.toLowerCase().replace(/\W+/g, ".")}.${uuidv7().slice(-12)}@e2e.plateau.dev`;
  const { signUp } = dataOf(await execute(url, SignUpDocument, { variables: { input: { email, password: TEST_PASSWORD, name } } }));
  return { id: signUp.user.id, email, token: signUp.accessToken };
}

/** Logs a factory user in, scoped to `workspaceId` (or their first workspace). */
export async function loginAs(url: string, email: string, workspaceId?: string): Promise<string> {
  const { login } = dataOf(await execute(url, LoginDocument, { variables: { input: { email, password: TEST_PASSWORD, workspaceId } } }));
  if (!login.accessToken) throw new Error(`loginAs(${email}): the account has MFA on; factories sign in users without it`);
  return login.accessToken;
}

/** A workspace with an owner and one member of every other role, each with a workspace token. */
export async function buildWorkspaceWithTeam(url: string, overrides: { name?: string } = {}) {
  const owner = await buildUser(url, { name: "Olivia Owner" });
  const { createWorkspace } = dataOf(
    await execute(url, CreateWorkspaceDocument, {
      token: owner.token,
      variables: { input: { name: overrides.name ?? `E2E ${uuidv7().slice(-6)}` } },
    }),
  );
  const workspaceId = createWorkspace.workspace.id;
  const ownerToken = await loginAs(url, owner.email, workspaceId);
  const members = {} as Record<Exclude<WorkspaceRole, "OWNER">, { id: string; token: string }>;
  for (const role of ["ADMIN", "MANAGER", "MEMBER", "VIEWER"] as const) {
    const user = await buildUser(url, { name: `${role[0]}${role.slice(1).toLowerCase()} User` });
    dataOf(await execute(url, AddWorkspaceMemberDocument, { token: ownerToken, variables: { input: { userId: user.id, role } } }));
    members[role] = { id: user.id, token: await loginAs(url, user.email, workspaceId) };
  }
  return { workspaceId, owner: { id: owner.id, email: owner.email, token: ownerToken }, ...members };
}

/** A project (unique key unless given), created with `token`. */
export async function buildProject(url: string, token: string, overrides: Partial<CreateProjectInput> = {}) {
  const input: CreateProjectInput = { name: "Test Project", key: `T${uuidv7().replace(/-/g, "").slice(-8).toUpperCase()}`, ...overrides };
  const { createProject } = dataOf(await execute(url, CreateProjectDocument, { token, variables: { input } }));
  return createProject.project;
}

/** A task in `projectId`, created with `token`. */
export async function buildTask(url: string, token: string, projectId: string, overrides: Partial<CreateTaskInput> = {}) {
  const { createTask } = dataOf(
    await execute(url, CreateTaskDocument, { token, variables: { input: { projectId, title: "Test Task", ...overrides } } }),
  );
  return createTask.task;
}
