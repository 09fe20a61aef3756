import { type User } from "./user.stub.js";

/** User references need no lookup: workspaces only adds fields keyed by the id. */
export const userReference = {
  __resolveReference: (reference: { id: string }): User => ({ id: reference.id }),
};
