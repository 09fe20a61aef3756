import { type Project } from "./project.stub.js";

/** Project references need no lookup: insights owns no project rows, only their risks (`risks`). */
export const projectReference = {
  __resolveReference: (reference: Project): Project => ({ id: reference.id }),
};
