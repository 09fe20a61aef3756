import {
  execute,
  GraphQLError,
  Kind,
  print,
  visit,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type GraphQLTypeResolver,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
} from "graphql";
import type { DeliveredEvent } from "@plateau/events";
import type { EntityField, SubscriptionSpec } from "./catalogue.js";

/** Runs a query through the gateway as the subscriber; what `executeOperation` of Apollo Server gives. */
export type RunQuery = (
  query: string,
  variables: Record<string, unknown>,
) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] }>;

/** The alias under which every selection set of an entity query also asks for `__typename` (abstract types). */
const TYPENAME_KEY = "__plateau_typename";
/** The fields every payload has, whatever its subscription: an event's, or an acknowledgement's. */
export interface Envelope {
  eventId: string;
  cursor: string;
  occurredAt: string;
}

/** Prefix of the entity query's own variables, kept apart from the subscriber's. */
const ID_VARIABLE = "__plateau_id_";

/**
 * One entity field as the subscriber selected it: its response key (alias) and every selection of it
 * under that key (`task { id }` beside a fragment's `task { title }` is one field, merged).
 */
interface EntitySelection {
  responseKey: string;
  /** The payload field's name (`task`, `actor`), the key of `field` in the spec's entities. */
  name: string;
  field: EntityField;
  nodes: FieldNode[];
}

/** The payload object of one event: own fields by name, entity fields by response key. */
class Payload {
  constructor(
    readonly fields: Record<string, unknown>,
    readonly entities: Record<string, unknown>,
  ) {}
}

/**
 * How one subscription's events become results, planned once at subscribe time: which entity fields
 * the subscriber selected, the query that resolves them through the gateway (as the subscriber, so
 * every subgraph's RBAC and tenancy apply), and how the answer is shaped into exactly what the
 * subscription asked for (aliases, fragments, `__typename`, directives) by graphql-js over the API
 * schema.
 */
export class PayloadPlan {
  private readonly entitySelections: EntitySelection[];
  private readonly queries = new Map<string, { text: string; variables: Set<string> }>();
  private readonly fragments: Map<string, FragmentDefinitionNode>;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly document: DocumentNode,
    private readonly operation: OperationDefinitionNode,
    private readonly rootField: FieldNode,
    private readonly spec: SubscriptionSpec,
    private readonly variables: Record<string, unknown>,
  ) {
    this.fragments = new Map(
      document.definitions.filter((node) => node.kind === Kind.FRAGMENT_DEFINITION).map((node) => [node.name.value, node]),
    );
    const byKey = new Map<string, EntitySelection>();
    for (const { responseKey, field, node } of this.collectEntities(rootField.selectionSet)) {
      const existing = byKey.get(responseKey);
      if (existing) existing.nodes.push(node);
      else byKey.set(responseKey, { responseKey, name: node.name.value, field, nodes: [node] });
    }
    this.entitySelections = [...byKey.values()];
  }

  /** The entity fields selected anywhere in the payload's selection (directly or through fragments). */
  private collectEntities(
    selectionSet: SelectionSetNode | undefined,
    seen = new Set<string>(),
  ): { responseKey: string; field: EntityField; node: FieldNode }[] {
    const found: { responseKey: string; field: EntityField; node: FieldNode }[] = [];
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const field = this.spec.entities[selection.name.value];
        if (field) found.push({ responseKey: selection.alias?.value ?? selection.name.value, field, node: selection });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        found.push(...this.collectEntities(selection.selectionSet, seen));
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        found.push(...this.collectEntities(this.fragments.get(selection.name.value)?.selectionSet, seen));
      }
    }
    return found;
  }

  /**
   * The result for `event`: its own fields from the envelope, entity fields resolved through the
   * gateway by `run` (as the subscriber). Errors of entity fields come back on their path; the
   * field is null (a task the subscriber may not see is not revealed).
   */
  resolve(event: DeliveredEvent, run: RunQuery): Promise<ExecutionResult> {
    const envelope = { eventId: event.id, cursor: event.cursor, occurredAt: event.occurredAt };
    return this.resolveFields(envelope, this.spec.payload(event) ?? {}, (selection) => selection.field.id(event), run);
  }

  /**
   * The SUBSCRIBED result of an acknowledged subscription to `topic`, live from `cursor`: the spec's
   * acknowledgement fields, its entity fields resolved like an event's (as the subscriber).
   */
  resolveAcknowledgement(acknowledgement: Envelope, topic: string, run: RunQuery): Promise<ExecutionResult> {
    const { payload, entityIds } = this.spec.acknowledgement(topic, acknowledgement.eventId);
    return this.resolveFields(acknowledgement, payload, (selection) => entityIds[selection.name] ?? null, run);
  }

  private async resolveFields(
    envelope: Envelope,
    own: Record<string, unknown>,
    idOf: (selection: EntitySelection) => string | null,
    run: RunQuery,
  ): Promise<ExecutionResult> {
    const wanted = this.entitySelections
      .map((selection) => ({ selection, id: idOf(selection) }))
      .filter((entry): entry is { selection: EntitySelection; id: string } => entry.id !== null);
    const entities: Record<string, unknown> = {};
    const errors: GraphQLError[] = [];
    if (wanted.length > 0) {
      const query = this.queryFor(wanted.map((entry) => entry.selection));
      const variables = Object.fromEntries(Object.entries(this.variables).filter(([name]) => query.variables.has(name)));
      wanted.forEach((entry, i) => (variables[`${ID_VARIABLE}${i}`] = entry.id));
      const answer = await run(query.text, variables);
      const fromSubgraphs = new WeakSet<object>();
      markObjects(answer.data, fromSubgraphs);
      for (const { selection } of wanted) entities[selection.responseKey] = answer.data?.[selection.responseKey] ?? null;
      const rootKey = this.rootField.alias?.value ?? this.rootField.name.value;
      for (const error of answer.errors ?? []) {
        errors.push(
          new GraphQLError(error.message, {
            path: error.path ? [rootKey, ...error.path] : [rootKey],
            extensions: error.extensions,
          }),
        );
      }
      return this.shape(new Payload({ ...envelope, ...own }, entities), fromSubgraphs, errors);
    }
    return this.shape(new Payload({ ...envelope, ...own }, entities), new WeakSet(), errors);
  }

  /** Executes the subscription's selection over the payload: the exact shape the client asked for. */
  private async shape(payload: Payload, fromSubgraphs: WeakSet<object>, errors: GraphQLError[]): Promise<ExecutionResult> {
    const fieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, _args, _context, info) => {
      if (source === ROOT) return payload;
      if (source instanceof Payload) {
        return info.fieldName in this.spec.entities ? (source.entities[info.path.key as string] ?? null) : source.fields[info.fieldName];
      }
      if (source !== null && typeof source === "object") {
        const record = source as Record<string, unknown>;
        return fromSubgraphs.has(source) ? record[info.path.key as string] : record[info.fieldName];
      }
      return undefined;
    };
    const typeResolver: GraphQLTypeResolver<unknown, unknown> = (value) => {
      const record = value as Record<string, unknown>;
      return (record[TYPENAME_KEY] ?? record.__typename) as string | undefined;
    };
    const result = await execute({
      schema: this.schema,
      document: this.document,
      operationName: this.operation.name?.value,
      variableValues: this.variables,
      rootValue: ROOT,
      fieldResolver,
      typeResolver,
    });
    if (errors.length === 0) return result;
    return { ...result, errors: [...errors, ...(result.errors ?? [])] };
  }

  /** The entity query for this set of selections (one per set, printed once). */
  private queryFor(selections: EntitySelection[]): { text: string; variables: Set<string> } {
    const key = selections.map((selection) => selection.responseKey).join(",");
    let query = this.queries.get(key);
    if (query === undefined) {
      query = this.buildQuery(selections);
      this.queries.set(key, query);
    }
    return query;
  }

  private buildQuery(selections: EntitySelection[]): { text: string; variables: Set<string> } {
    const fields: FieldNode[] = selections.map(({ responseKey, field, nodes }, i) => ({
      kind: Kind.FIELD,
      alias: { kind: Kind.NAME, value: responseKey },
      name: { kind: Kind.NAME, value: field.query },
      arguments: [
        {
          kind: Kind.ARGUMENT,
          name: { kind: Kind.NAME, value: field.argument },
          value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: `${ID_VARIABLE}${i}` } },
        },
      ],
      // One selection keeps its directives; merged ones are each shaped by their own when answered.
      directives: nodes.length === 1 ? nodes[0]!.directives : undefined,
      selectionSet: { kind: Kind.SELECTION_SET, selections: nodes.flatMap((node) => node.selectionSet?.selections ?? []) },
    }));
    const usedFragments = this.fragmentsUsedBy(fields.map((field) => field.selectionSet));
    const body = withTypenames({ kind: Kind.SELECTION_SET, selections: fields });
    const usedVariables = variablesIn([body, ...usedFragments.map((fragment) => fragment.selectionSet)]);
    const variableDefinitions: VariableDefinitionNode[] = [
      ...selections.map((_, i): VariableDefinitionNode => ({
        kind: Kind.VARIABLE_DEFINITION,
        variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: `${ID_VARIABLE}${i}` } },
        type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: "ID" } } },
      })),
      ...(this.operation.variableDefinitions ?? []).filter((definition) => usedVariables.has(definition.variable.name.value)),
    ];
    const document: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: [
        {
          kind: Kind.OPERATION_DEFINITION,
          operation: "query" as never,
          name: { kind: Kind.NAME, value: "PlateauSubscriptionPayload" },
          variableDefinitions,
          selectionSet: body,
        },
        ...usedFragments.map((fragment) => ({ ...fragment, selectionSet: withTypenames(fragment.selectionSet) })),
      ],
    };
    return { text: print(document), variables: usedVariables };
  }

  /** The fragment definitions these selections use, directly or through each other. */
  private fragmentsUsedBy(selectionSets: (SelectionSetNode | undefined)[]): FragmentDefinitionNode[] {
    const used = new Map<string, FragmentDefinitionNode>();
    const pending = [...selectionSets];
    while (pending.length > 0) {
      const selectionSet = pending.pop();
      if (!selectionSet) continue;
      visit(selectionSet, {
        FragmentSpread: (spread) => {
          const fragment = this.fragments.get(spread.name.value);
          if (fragment && !used.has(fragment.name.value)) {
            used.set(fragment.name.value, fragment);
            pending.push(fragment.selectionSet);
          }
        },
      });
    }
    return [...used.values()];
  }
}

/** The root value of every shaping: the root field resolves to the event's payload. */
const ROOT = Object.freeze({});

/** Adds `__plateau_typename: __typename` to every selection set, so abstract types resolve when shaped. */
function withTypenames(selectionSet: SelectionSetNode): SelectionSetNode {
  return visit(selectionSet, {
    SelectionSet: (node) => ({
      ...node,
      selections: [
        ...node.selections,
        { kind: Kind.FIELD, alias: { kind: Kind.NAME, value: TYPENAME_KEY }, name: { kind: Kind.NAME, value: "__typename" } },
      ],
    }),
  });
}

/** The variable names used in these selection sets. */
function variablesIn(selectionSets: SelectionSetNode[]): Set<string> {
  const names = new Set<string>();
  for (const selectionSet of selectionSets) visit(selectionSet, { Variable: (node) => void names.add(node.name.value) });
  return names;
}

/** Adds every object of a query answer to `into`: they are read by response key when shaped. */
function markObjects(value: unknown, into: WeakSet<object>): void {
  if (value === null || typeof value !== "object") return;
  into.add(value);
  for (const child of Array.isArray(value) ? value : Object.values(value)) markObjects(child, into);
}
