import type { IdentityContext } from "../../context.js";
import { type Skill } from "./skill.entity.js";

/** Skill references resolve within the viewer's workspace only: the tenant filter hides the rest. */
export const skillReference = {
  __resolveReference: (reference: { id: string }, ctx: IdentityContext): Promise<Skill | null> => ctx.loaders.skill.load(reference.id),
};
