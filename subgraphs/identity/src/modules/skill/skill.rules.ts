import { inWorkspace, isAuthenticated, type IRules } from "@plateau/subgraph-kit";

/** Skills are tenant data: every root field needs a workspace-scoped token. Role checks live in the service. */
export const skillRules: IRules = {
  Query: { skill: inWorkspace, skills: inWorkspace },
  Mutation: {
    createSkill: inWorkspace,
    updateSkill: inWorkspace,
    deleteSkill: inWorkspace,
    setUserSkill: inWorkspace,
    removeUserSkill: inWorkspace,
  },
  Skill: isAuthenticated,
  SkillConnection: isAuthenticated,
  SkillEdge: isAuthenticated,
  SkillPayload: isAuthenticated,
  DeleteSkillPayload: isAuthenticated,
  UserSkill: isAuthenticated,
  UserSkillPayload: isAuthenticated,
  RemoveUserSkillPayload: isAuthenticated,
};
