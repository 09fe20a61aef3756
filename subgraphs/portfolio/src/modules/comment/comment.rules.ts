import { canRead, type IRules } from "@plateau/subgraph-kit";

/** Who may read comments. Root operations take their rules from the access matrix (@plateau/kernel, access.ts). */
export const commentRules: IRules = {
  Comment: canRead,
  CommentConnection: canRead,
  CommentEdge: canRead,
  CommentPayload: canRead,
  DeleteCommentPayload: canRead,
};
