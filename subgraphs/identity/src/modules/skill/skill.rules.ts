import { isAuthenticated, type IRules } from "@plateau/subgraph-kit";

/** Skills are tenant data: the access matrix rules their root fields; role checks on the data live in the service. */
export const skillRules: IRules = {
  Skill: isAuthenticated,
  SkillConnection: isAuthenticated,
  SkillEdge: isAuthenticated,
  SkillPayload: isAuthenticated,
  DeleteSkillPayload: isAuthenticated,
  UserSkill: isAuthenticated,
  UserSkillPayload: isAuthenticated,
  RemoveUserSkillPayload: isAuthenticated,
};
