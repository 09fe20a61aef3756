import DataLoader from "dataloader";
import { errors, isUuid } from "@plateau/kernel";
import { parseId, requireViewer, requireWorkspaceId, type SubgraphContext } from "../context.js";
import { fetchEntities, postAsCaller, referenceTargetUnavailable } from "./remote-entities.js";

/** The subgraphs whose entities others point at. */
export type ReferenceTarget = "portfolio" | "workspaces" | "identity";

/** Where a subgraph's references are checked (a subgraph's `references` in its definition). */
export interface RemoteReferencesOptions {
  /** Base URL of the portfolio subgraph (its `/graphql` is called): needed to check projects and tasks. */
  portfolioUrl?: string;
  /** Base URL of the workspaces subgraph: needed to check that users are members. */
  workspacesUrl?: string;
  /** Base URL of the identity subgraph: needed to check teams. */
  identityUrl?: string;
  /** Per call; {@link REFERENCE_TIMEOUT_MS} by default. */
  timeoutMs?: number;
}

/** A task as portfolio confirms it: it is in the caller's workspace, in this project. */
export interface TaskReference {
  id: string;
  projectId: string;
}

/** A workspace member as workspaces lists them: the user and their role there. */
export interface WorkspaceMemberReference {
  userId: string;
  role: string;
}

/** One of a user's skills as identity rates it (levels as identity's SkillLevel enum). */
export interface UserSkillReference {
  skillId: string;
  level: string;
}

/** A team a user belongs to, as identity has it: its lead (null for none) and its members, ids in lower case. */
export interface UserTeamReference {
  id: string;
  leadId: string | null;
  memberIds: string[];
}

/** The things {@link RequestReferences.namesOf} names. */
export type NamedKind = "User" | "Team" | "Project" | "Task";

/** How many members {@link RequestReferences.workspaceMembers} lists: workspaces' largest page. */
export const MEMBER_LIST_LIMIT = 100;

/**
 * One request's reference checks (`ctx.references`), built with the request's context when the kit
 * creates it: ids a client sent are checked against the subgraph that owns them before they are
 * written into this subgraph's rows (docs/architecture.md, "Tenancy and Row-Level Security": a subgraph
 * cannot read another's tables, and its own Row-Level
 * Security cannot see that an id belongs to another workspace). Each kind of look-up is a DataLoader:
 * every id checked in one tick goes to the owning subgraph in one `_entities` call, made as the caller,
 * so the owner's Row-Level Security answers "in your workspace or not" exactly as it would for the
 * caller's own query. Nothing is cached across requests.
 */
export class RequestReferences {
  private readonly projects: DataLoader<string, boolean>;
  private readonly tasks: DataLoader<string, TaskReference | null>;
  private readonly members: DataLoader<string, boolean>;
  private readonly teams: DataLoader<string, boolean>;
  private readonly skills: DataLoader<string, boolean>;
  private readonly userSkills: DataLoader<string, UserSkillReference[]>;
  private readonly userTeams: DataLoader<string, string[]>;
  private readonly userTeamDetails: DataLoader<string, UserTeamReference[]>;
  private readonly names: Record<NamedKind, DataLoader<string, string | null>>;
  private readonly teamMemberIds: DataLoader<string, string[] | null>;

  constructor(
    private readonly options: RemoteReferencesOptions,
    private readonly ctx: SubgraphContext,
  ) {
    this.projects = new DataLoader(async (ids) => (await this.fetch("portfolio", "Project", "id", ids)).map((entity) => entity !== null));
    this.tasks = new DataLoader(async (ids) =>
      (await this.fetch("portfolio", "Task", "id project { id }", ids)).map((entity) => entity && this.taskOf(entity)),
    );
    this.members = new DataLoader(async (ids) => {
      const workspaceId = requireWorkspaceId(this.ctx);
      const users = await this.fetch("workspaces", "User", "memberships { workspace { id } }", ids);
      return users.map((user) => this.workspacesOf(user).includes(workspaceId));
    });
    this.teams = new DataLoader(async (ids) => (await this.fetch("identity", "Team", "id", ids)).map((entity) => entity !== null));
    this.skills = new DataLoader(async (ids) => (await this.fetch("identity", "Skill", "id", ids)).map((entity) => entity !== null));
    this.userSkills = new DataLoader(async (ids) =>
      (await this.fetch("identity", "User", "skills { level skill { id } }", ids)).map((user) => this.skillsOf(user)),
    );
    this.userTeams = new DataLoader(async (ids) =>
      (await this.fetch("identity", "User", "teams { id }", ids)).map((user) => this.idsIn(user, "teams", "User")),
    );
    this.userTeamDetails = new DataLoader(async (ids) =>
      (await this.fetch("identity", "User", "teams { id lead { id } members { id } }", ids)).map((user) => this.teamsIn(user)),
    );
    const named = (target: ReferenceTarget, typename: string, field: string) =>
      new DataLoader<string, string | null>(async (ids) =>
        (await this.fetch(target, typename, field, ids)).map((entity) =>
          typeof entity?.[field] === "string" ? (entity[field] as string) : null,
        ),
      );
    this.names = {
      User: named("identity", "User", "name"),
      Team: named("identity", "Team", "name"),
      Project: named("portfolio", "Project", "name"),
      Task: named("portfolio", "Task", "title"),
    };
    this.teamMemberIds = new DataLoader(async (ids) =>
      (await this.fetch("identity", "Team", "members { id }", ids)).map((team) => team && this.idsIn(team, "members", "Team")),
    );
  }

  /** The skill id, normalised; BAD_USER_INPUT naming `field` unless identity has it in the caller's workspace's catalogue. */
  async requireSkill(id: string, field: string): Promise<string> {
    const skillId = parseId(id, field);
    if (!(await this.skills.load(skillId))) throw errors.invalidField(field, `no skill ${id} in this workspace`);
    return skillId;
  }

  /**
   * The skill ids to store from `field` (a list): normalised, each confirmed by {@link requireSkill} in
   * one call to identity; BAD_USER_INPUT naming `field[i]` for the first bad or repeated one.
   */
  async skillsToStore(skillIds: readonly string[], field: string): Promise<string[]> {
    const ids = skillIds.map((id, index) => parseId(id, `${field}[${index}]`));
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) throw errors.invalidField(`${field}[${index}]`, `skill ${skillIds[index]} is listed twice`);
    });
    return Promise.all(ids.map((id, index) => this.requireSkill(id, `${field}[${index}]`)));
  }

  /**
   * The members of the caller's workspace, oldest first, at most {@link MEMBER_LIST_LIMIT}: one
   * `_entities` call to workspaces, as the caller.
   */
  async workspaceMembers(): Promise<WorkspaceMemberReference[]> {
    const workspaceId = requireWorkspaceId(this.ctx);
    const [workspace] = await this.fetch("workspaces", "Workspace", `members(first: ${MEMBER_LIST_LIMIT}) { nodes { role user { id } } }`, [
      workspaceId,
    ]);
    const nodes = (workspace?.members as { nodes?: unknown } | undefined)?.nodes;
    if (!workspace || !Array.isArray(nodes)) throw this.malformed("workspaces", "Workspace");
    return (nodes as { role?: unknown; user?: { id?: unknown } | null }[]).map((node) => {
      if (typeof node?.role !== "string" || typeof node.user?.id !== "string") throw this.malformed("workspaces", "Workspace");
      return { userId: node.user.id.toLowerCase(), role: node.role };
    });
  }

  /**
   * What people call each of `ids` of a `kind` (a user's or team's name, a project's name, a task's
   * title), as the caller sees it: every id of one tick in one call to the owner; null for one the
   * caller cannot see.
   */
  namesOf(kind: NamedKind, ids: readonly string[]): Promise<(string | null)[]> {
    return Promise.all(ids.map((id) => (isUuid(id) ? this.names[kind].load(id.toLowerCase()) : Promise.resolve(null))));
  }

  /** The teams of each user in the caller's workspace (identity): every id of one tick in one call; none for a stranger. */
  teamsOfUsers(userIds: readonly string[]): Promise<string[][]> {
    return Promise.all(userIds.map((id) => this.userTeams.load(id.toLowerCase())));
  }

  /**
   * The teams of each user in the caller's workspace, with each team's lead and members (identity):
   * every id of one tick in one call; none for a stranger. Heavier than {@link teamsOfUsers}: for
   * decisions about one or a few people (who may approve whose week, whose utilisation to publish).
   */
  teamDetailsOfUsers(userIds: readonly string[]): Promise<UserTeamReference[][]> {
    return Promise.all(userIds.map((id) => this.userTeamDetails.load(id.toLowerCase())));
  }

  /** The members of a team of the caller's workspace (identity); BAD_USER_INPUT naming `field` unless it has the team. */
  async teamMembers(teamId: string, field: string): Promise<string[]> {
    const members = await this.teamMemberIds.load(parseId(teamId, field));
    if (!members) throw errors.invalidField(field, `no team ${teamId} in this workspace`);
    return members;
  }

  /** Each user's skills in the caller's workspace, as identity rates them: every id of one tick in one call. */
  skillsOfUsers(userIds: readonly string[]): Promise<UserSkillReference[][]> {
    return Promise.all(userIds.map((id) => this.userSkills.load(id.toLowerCase())));
  }

  /** Whether portfolio has project `id` in the caller's workspace (false for ids that are not UUIDs). */
  hasProject(id: string): Promise<boolean> {
    return isUuid(id) ? this.projects.load(id.toLowerCase()) : Promise.resolve(false);
  }

  /** The project id, normalised; BAD_USER_INPUT naming `field` unless portfolio has it in the caller's workspace. */
  async requireProject(id: string, field: string): Promise<string> {
    const projectId = parseId(id, field);
    if (!(await this.projects.load(projectId))) throw errors.invalidField(field, `no project ${id} in this workspace`);
    return projectId;
  }

  /** The task and its project; BAD_USER_INPUT naming `field` unless portfolio has it in the caller's workspace. */
  async requireTask(id: string, field: string): Promise<TaskReference> {
    const task = await this.tasks.load(parseId(id, field));
    if (!task) throw errors.invalidField(field, `no task ${id} in this workspace`);
    return task;
  }

  /**
   * The user id, normalised; BAD_USER_INPUT naming `field` unless the user is a member of the caller's
   * workspace. A user that exists nowhere gets the same answer as one of another workspace, so the check
   * tells nothing about other workspaces. The caller is a member by their token, and is not asked about.
   */
  async requireMember(userId: string, field: string): Promise<string> {
    const id = parseId(userId, field);
    if (id === requireViewer(this.ctx).userId.toLowerCase()) return id;
    if (!(await this.members.load(id))) throw errors.invalidField(field, `user ${userId} is not a member of this workspace`);
    return id;
  }

  /** The team id, normalised; BAD_USER_INPUT naming `field` unless identity has it in the caller's workspace. */
  async requireTeam(id: string, field: string): Promise<string> {
    const teamId = parseId(id, field);
    if (!(await this.teams.load(teamId))) throw errors.invalidField(field, `no team ${id} in this workspace`);
    return teamId;
  }

  /**
   * The project id to store in `field` on a create or an edit: null when cleared, the `current` one as is
   * (not asked again), any other one once {@link requireProject} confirms it.
   */
  projectToStore(projectId: string | null | undefined, field: string, current: string | null = null): Promise<string | null> {
    return toStore(projectId, field, current, (id) => this.requireProject(id, field));
  }

  /** Like {@link projectToStore}, for a team ({@link requireTeam}). */
  teamToStore(teamId: string | null | undefined, field: string, current: string | null = null): Promise<string | null> {
    return toStore(teamId, field, current, (id) => this.requireTeam(id, field));
  }

  /** Like {@link projectToStore}, for a user who must be a member ({@link requireMember}). */
  memberToStore(userId: string | null | undefined, field: string, current: string | null = null): Promise<string | null> {
    return toStore(userId, field, current, (id) => this.requireMember(id, field));
  }

  /**
   * Runs `query` on another subgraph as the caller ({@link postAsCaller}) and returns its data: for reads
   * that are more than entity look-ups (insights' analysis context). The target's access rules apply to
   * the caller; any failure is SUBGRAPH_UNAVAILABLE.
   */
  queryAs(target: ReferenceTarget, query: string, variables: Record<string, unknown>, purpose: string): Promise<Record<string, unknown>> {
    return postAsCaller({ ...this.callTo(target, purpose), query, variables, purpose });
  }

  private callTo(target: ReferenceTarget, what: string) {
    const base = { portfolio: this.options.portfolioUrl, workspaces: this.options.workspacesUrl, identity: this.options.identityUrl }[
      target
    ];
    if (!base) throw new Error(`No URL of the ${target} subgraph was configured, yet ${what} needs it`);
    const viewer = requireViewer(this.ctx);
    return {
      subgraph: target,
      endpoint: new URL("/graphql", base).toString(),
      caller: { token: viewer.token, requestId: this.ctx.requestId, service: this.ctx.serviceCredential },
      logger: this.ctx.logger,
      timeoutMs: this.options.timeoutMs,
    };
  }

  private async fetch(target: ReferenceTarget, typename: string, selection: string, ids: readonly string[]) {
    return fetchEntities({ ...this.callTo(target, `a ${typename} reference check`), typename, selection, ids });
  }

  /** The ids of `entity[field]` (a list of `{ id }`), lower case; empty for a null entity (not visible to the caller). */
  private idsIn(entity: Record<string, unknown> | null, field: string, typename: string): string[] {
    if (!entity) return [];
    const items = entity[field];
    if (!Array.isArray(items)) throw this.malformed("identity", typename);
    return items.map((item: { id?: unknown } | null) => {
      if (typeof item?.id !== "string") throw this.malformed("identity", typename);
      return item.id.toLowerCase();
    });
  }

  /** A user's teams from `teams { id lead { id } members { id } }`; none for a null user (not visible to the caller). */
  private teamsIn(user: Record<string, unknown> | null): UserTeamReference[] {
    if (!user) return [];
    const teams = user.teams as { id?: unknown; lead?: { id?: unknown } | null }[] | undefined;
    if (!Array.isArray(teams)) throw this.malformed("identity", "User");
    return teams.map((team) => {
      const lead = team?.lead;
      if (typeof team?.id !== "string" || (lead != null && typeof lead.id !== "string")) throw this.malformed("identity", "User");
      return {
        id: team.id.toLowerCase(),
        leadId: lead ? String(lead.id).toLowerCase() : null,
        memberIds: this.idsIn(team as Record<string, unknown>, "members", "User"),
      };
    });
  }

  private taskOf(entity: Record<string, unknown>): TaskReference {
    const project = entity.project as { id?: unknown } | null | undefined;
    if (typeof entity.id !== "string" || typeof project?.id !== "string") throw this.malformed("portfolio", "Task");
    return { id: entity.id, projectId: project.id };
  }

  private workspacesOf(user: Record<string, unknown> | null): string[] {
    // workspaces resolves every User reference (it only adds fields to identity's users): no row is no membership.
    if (user === null) return [];
    const memberships = user.memberships as { workspace?: { id?: unknown } | null }[] | undefined;
    if (!Array.isArray(memberships)) throw this.malformed("workspaces", "User");
    return memberships.map((membership) => String(membership?.workspace?.id ?? ""));
  }

  private skillsOf(user: Record<string, unknown> | null): UserSkillReference[] {
    if (user === null) return [];
    const skills = user.skills as { level?: unknown; skill?: { id?: unknown } | null }[] | undefined;
    if (!Array.isArray(skills)) throw this.malformed("identity", "User");
    return skills.map((rated) => {
      if (typeof rated?.level !== "string" || typeof rated.skill?.id !== "string") throw this.malformed("identity", "User");
      return { skillId: rated.skill.id.toLowerCase(), level: rated.level };
    });
  }

  private malformed(target: ReferenceTarget, typename: string) {
    this.ctx.logger.warn("reference check got a malformed entity", { subgraph: target, typename });
    return referenceTargetUnavailable(target, false);
  }
}

/** A reference to store: none, the unchanged current one, or one `check` confirms. */
async function toStore(
  value: string | null | undefined,
  field: string,
  current: string | null,
  check: (id: string) => Promise<string>,
): Promise<string | null> {
  if (!value) return null;
  const id = parseId(value, field);
  return id === current ? id : check(id);
}
