import { createHash } from "node:crypto";
import { TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from "graphql";
import { FIELDS_VARYING_BY_READER, type ReaderScope, type Viewer } from "@plateau/kernel";

/** What makes two subscriptions' results the same: the operation as sent, and who runs it. */
export interface ShareKeyInput {
  query: string;
  operationName: string | undefined;
  variables: Record<string, unknown>;
  viewer: Viewer;
}

/**
 * The key under which subscribers share one resolution of each event: the same operation in the same
 * workspace, and, if a selected field may answer differently by role or user, the same role or user.
 */
export function shareKeyOf(schema: GraphQLSchema, document: DocumentNode, input: ShareKeyInput): string {
  const { query, operationName, variables, viewer } = input;
  const scope = readerScope(schema, document);
  return createHash("sha256")
    .update(
      JSON.stringify([
        query,
        operationName ?? null,
        variables,
        viewer.workspaceId,
        scope ? viewer.role : null,
        scope === "USER" ? viewer.userId : null,
      ]),
    )
    .digest("base64url");
}

/**
 * Whose answer the operation's selection may depend on beyond the workspace (FIELDS_VARYING_BY_READER
 * in the kernel's access matrix): USER if any selected field depends on who reads, else ROLE if any
 * depends on their role, else null (every reader of the workspace gets the same result).
 */
function readerScope(schema: GraphQLSchema, document: DocumentNode): ReaderScope | null {
  const typeInfo = new TypeInfo(schema);
  let scope: ReaderScope | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!parent) return;
        const found = FIELDS_VARYING_BY_READER[`${parent.name}.${node.name.value}`] ?? FIELDS_VARYING_BY_READER[parent.name];
        if (found === "USER" || (found === "ROLE" && scope === null)) scope = found;
      },
    }),
  );
  return scope;
}
