import type { User } from "./user.stub.js";

/** User references need no lookup: portfolio only adds fields keyed by the id (task's user-tasks.resolver.ts). */
export const userReference = {
  __resolveReference: (reference: { id: string }): User => ({ id: reference.id }),
};
