import { type User, userRef } from "./user.stub.js";

/** User references need no lookup: timesheets only adds fields keyed by the id. */
export const userReference = {
  __resolveReference: (reference: { id: string }): User => userRef(reference.id),
};
