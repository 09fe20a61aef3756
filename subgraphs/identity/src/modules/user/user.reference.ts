import type { IdentityContext } from "../../context.js";
import { type User } from "./user.entity.js";

/** User references resolve globally (users are not tenant rows), through the request's loader. */
export const userReference = {
  __resolveReference: (reference: { id: string }, ctx: IdentityContext): Promise<User | null> => ctx.loaders.user.load(reference.id),
};
