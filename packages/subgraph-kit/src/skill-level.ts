import { registerEnumType } from "type-graphql";

/**
 * How well someone masters a skill, weakest first: identity's SkillLevel, which portfolio (a task's required
 * level) and insights (skill concentration) share. One definition, so the three subgraphs' enums compose.
 */
export enum SkillLevel {
  BEGINNER = "BEGINNER",
  INTERMEDIATE = "INTERMEDIATE",
  ADVANCED = "ADVANCED",
  EXPERT = "EXPERT",
}
registerEnumType(SkillLevel, {
  valuesConfig: {
    BEGINNER: { description: "Knows the basics; needs guidance." },
    INTERMEDIATE: { description: "Works on their own on routine tasks." },
    ADVANCED: { description: "Handles complex tasks and guides others." },
    EXPERT: { description: "A reference for the skill in the organisation." },
  },
  name: "SkillLevel",
  description: "How well someone masters a skill, weakest first.",
});

/** The levels in increasing order, for `minLevel` comparisons. */
export const SKILL_LEVELS: readonly SkillLevel[] = [SkillLevel.BEGINNER, SkillLevel.INTERMEDIATE, SkillLevel.ADVANCED, SkillLevel.EXPERT];

/** True for a value that is one of the levels (an event's field, read as untrusted). */
export const isSkillLevel = (value: unknown): value is SkillLevel =>
  typeof value === "string" && (SKILL_LEVELS as readonly string[]).includes(value);
