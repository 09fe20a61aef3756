import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/core";
import { entityLoader, groupLoader, type ResolverContext } from "@plateau/subgraph-kit";
import { MfaFactor } from "./modules/mfa/mfa-factor.entity.js";
import { Skill, UserSkill } from "./modules/skill/skill.entity.js";
import { Team, TeamMember } from "./modules/team/team.entity.js";
import { User } from "./modules/user/user.entity.js";
import type { IdentityServices } from "./services.js";

/**
 * The request-scoped DataLoaders of identity. Users are global; teams and team members are tenant rows,
 * skills and users' levels are tenant rows too,
 * so the tenant filter limits them to the viewer's workspace (none without a workspace-scoped token).
 */
export function createLoaders(em: EntityManager) {
  return {
    user: entityLoader(em, User),
    team: entityLoader(em, Team),
    /** User ids of each team's members, in the order they joined. */
    memberIdsByTeam: new DataLoader<string, string[]>(async (teamIds) => {
      const rows = await em.find(TeamMember, { team: { $in: [...teamIds] } }, { orderBy: { createdAt: "asc", id: "asc" } });
      const groups = new Map<string, string[]>(teamIds.map((id) => [id, []]));
      for (const row of rows) groups.get(row.team.id)?.push(row.user.id);
      return teamIds.map((id) => groups.get(id) ?? []);
    }),
    /** Each user's teams in the viewer's workspace, by name. */
    teamsByUser: new DataLoader<string, Team[]>(async (userIds) => {
      const rows = await em.find(TeamMember, { user: { $in: [...userIds] } }, { populate: ["team"] });
      const groups = new Map<string, Team[]>(userIds.map((id) => [id, []]));
      for (const row of rows) groups.get(row.user.id)?.push(row.team.getEntity());
      for (const teams of groups.values()) teams.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
      return userIds.map((id) => groups.get(id) ?? []);
    }),
    skill: entityLoader(em, Skill),
    /** Each user's levels in the viewer's workspace, in the order they were rated. */
    userSkillsByUser: groupLoader(em, UserSkill, "user", { createdAt: "asc", id: "asc" }),
    /** Each skill's holders, in the order they were rated. */
    userSkillsBySkill: groupLoader(em, UserSkill, "skill", { createdAt: "asc", id: "asc" }),
    /** Each user's TOTP factor (none or one, pending or active). */
    mfaFactorsByUser: groupLoader(em, MfaFactor, "user"),
  };
}

export type IdentityLoaders = ReturnType<typeof createLoaders>;
export type IdentityContext = ResolverContext<IdentityLoaders, IdentityServices>;
