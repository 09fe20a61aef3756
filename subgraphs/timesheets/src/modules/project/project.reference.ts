import { type Project, projectRef } from "./project.stub.js";

/** Project references need no lookup: timesheets only adds fields keyed by the id. */
export const projectReference = {
  __resolveReference: (reference: { id: string }): Project => projectRef(reference.id),
};
