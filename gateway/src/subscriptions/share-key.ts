import { createHash } from "node:crypto";
import {
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
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
 * Where a subscriber stands in the stream (`after`, `acknowledge`) decides which events it gets, not
 * what an event resolves to: subscribers resuming from different cursors share too.
 */
export function shareKeyOf(schema: GraphQLSchema, document: DocumentNode, input: ShareKeyInput): string {
  const { query, operationName, viewer } = input;
  const scope = readerScope(schema, document);
  const variables = { ...input.variables };
  for (const name of positionVariables(document, operationName)) delete variables[name];
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

/** The root field's arguments that say where a subscriber stands in the stream, not what it selects. */
const POSITION_ARGUMENTS = new Set(["after", "acknowledge"]);

/** Variables used only as the subscription field's `after` or `acknowledge`. */
function positionVariables(document: DocumentNode, operationName: string | undefined): string[] {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION && (operationName === undefined || definition.name?.value === operationName),
  );
  const root = operation?.selectionSet.selections.find((selection): selection is FieldNode => selection.kind === Kind.FIELD);
  const candidates = (root?.arguments ?? []).flatMap((argument) =>
    POSITION_ARGUMENTS.has(argument.name.value) && argument.value.kind === Kind.VARIABLE ? [argument.value.name.value] : [],
  );
  if (candidates.length === 0) return [];
  const uses = new Map<string, number>();
  visit(document, {
    VariableDefinition: () => false,
    Variable(node) {
      uses.set(node.name.value, (uses.get(node.name.value) ?? 0) + 1);
    },
  });
  return candidates.filter((name) => uses.get(name) === 1);
}
