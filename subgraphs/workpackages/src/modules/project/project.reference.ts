import { type Project } from "./project.stub.js";

/** Project references need no lookup: workpackages only adds fields keyed by the id. */
export const projectReference = {
  __resolveReference: (reference: { id: string }): Project => ({ id: reference.id }),
};
