import type { IdentityContext } from "../../context.js";
import { type Team } from "./team.entity.js";

/** Team references resolve within the viewer's workspace only: the tenant filter hides the rest. */
export const teamReference = {
  __resolveReference: (reference: { id: string }, ctx: IdentityContext): Promise<Team | null> => ctx.loaders.team.load(reference.id),
};
