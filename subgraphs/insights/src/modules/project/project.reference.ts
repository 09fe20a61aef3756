import { type Project } from "./project.stub.js";

/**
 * Project references need no lookup: insights owns no project rows. The representation is kept whole,
 * because it carries the `@external` facts `risks` requires.
 */
export const projectReference = {
  __resolveReference: (reference: Project): Project => ({ ...reference }),
};
