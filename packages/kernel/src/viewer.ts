/** Workspace roles, highest first (docs/architecture.md, "Tokens and roles"). */
export const WorkspaceRole = {
  OWNER: "OWNER",
  ADMIN: "ADMIN",
  MANAGER: "MANAGER",
  MEMBER: "MEMBER",
  VIEWER: "VIEWER",
} as const;
export type WorkspaceRole = (typeof WorkspaceRole)[keyof typeof WorkspaceRole];

/**
 * What each role may do, as the GraphQL enum describes its values (the access matrix in access.ts is
 * what enforces it). identity and workspaces both register the enum: they must describe it alike.
 */
export const WORKSPACE_ROLE_VALUES: Readonly<Record<WorkspaceRole, { description: string }>> = {
  OWNER: { description: "Everything an ADMIN may do, plus transferring ownership and deleting the workspace; one per workspace." },
  ADMIN: { description: "Everything a MANAGER may do, plus administering members, invitations and workspace settings." },
  MANAGER: { description: "Everything a MEMBER may do, plus managing projects and teams and approving time." },
  MEMBER: { description: "Reads everything, contributes to tasks and comments, and logs time." },
  VIEWER: { description: "Reads the workspace's data; changes nothing." },
};

const RANK: Record<WorkspaceRole, number> = { OWNER: 5, ADMIN: 4, MANAGER: 3, MEMBER: 2, VIEWER: 1 };

/** True when `role` is `minimum` or higher. */
export function roleAtLeast(role: WorkspaceRole | undefined, minimum: WorkspaceRole): boolean {
  return role !== undefined && RANK[role] >= RANK[minimum];
}

export function isWorkspaceRole(value: unknown): value is WorkspaceRole {
  return typeof value === "string" && Object.hasOwn(RANK, value);
}

/** The claims of a Plateau access token. */
export interface AccessClaims {
  /** User id. */
  sub: string;
  /** Session id. */
  sid: string;
  /** Workspace the token is scoped to; absent on tokens that may only reach identity and workspace creation. */
  wid?: string;
  /** The user's role in `wid`. */
  wrole?: WorkspaceRole;
  /** Platform operator. */
  padm?: boolean;
}

/** Who is making a request, as every resolver sees it. */
export interface Viewer {
  userId: string;
  sessionId: string;
  workspaceId?: string;
  role?: WorkspaceRole;
  platformAdmin: boolean;
  /** The raw bearer token, forwarded when a service calls another on the viewer's behalf. */
  token: string;
}

/** Builds the viewer from verified claims. */
export function viewerFromClaims(claims: AccessClaims, token: string): Viewer {
  return {
    userId: claims.sub,
    sessionId: claims.sid,
    workspaceId: claims.wid,
    role: claims.wrole,
    platformAdmin: claims.padm === true,
    token,
  };
}
