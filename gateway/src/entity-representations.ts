import type { GraphQLFormattedError } from "graphql";

/** A subgraph answer as far as the representations' expansion reads and rewrites it. */
interface EntitiesAnswer {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
}

/** The representations of one `_entities` fetch, each distinct one once, and how to give the answer back its shape. */
export interface DistinctRepresentations {
  /** The distinct representations, in order of first appearance: what the subgraph is asked for. */
  distinct: unknown[];
  /** The subgraph's answer to `distinct`, as the answer to every representation the gateway built. */
  expand<T extends EntitiesAnswer>(answer: T): T;
}

const ENTITIES = "_entities";

const hasNestedObject = (value: unknown): boolean =>
  typeof value === "object" && value !== null && Object.values(value).some((field) => typeof field === "object" && field !== null);

/**
 * @apollo/gateway builds one representation per entity it reached, duplicates included: a board of 1,000
 * cards assigned to 3 people asks identity for 1,000 users. This asks for each distinct representation
 * once and copies each answer back to every place that asked, so the gateway merges what it would have
 * received. Undefined when every representation is distinct (nothing to save).
 *
 * Copies: an entity without nested objects is shared (the gateway only reads it and sets `__typename`,
 * the same for each); one with nested objects is cloned for each repeat, since the gateway merges later
 * fetches into nested objects in place. Errors located at `_entities.<n>` are repeated at every position
 * that asked for the n-th distinct representation.
 */
export function distinctRepresentations(representations: readonly unknown[]): DistinctRepresentations | undefined {
  const positionOf = new Map<string, number>();
  const distinct: unknown[] = [];
  /** For each representation the gateway built, the position of its distinct one. */
  const source = representations.map((representation) => {
    const key = JSON.stringify(representation);
    let position = positionOf.get(key);
    if (position === undefined) {
      position = distinct.push(representation) - 1;
      positionOf.set(key, position);
    }
    return position;
  });
  if (distinct.length === representations.length) return undefined;

  return {
    distinct,
    expand(answer) {
      const received = answer.data?.[ENTITIES];
      let data = answer.data;
      if (Array.isArray(received) && received.length === distinct.length) {
        const used = new Set<number>();
        const entities = source.map((position) => {
          const entity: unknown = received[position];
          if (!used.has(position)) {
            used.add(position);
            return entity;
          }
          return hasNestedObject(entity) ? structuredClone(entity) : entity;
        });
        data = { ...answer.data, [ENTITIES]: entities };
      }
      const errors = answer.errors?.flatMap((error) => {
        const [root, position, ...rest] = error.path ?? [];
        if (root !== ENTITIES || typeof position !== "number") return [error];
        return source.flatMap((from, index) => (from === position ? [{ ...error, path: [ENTITIES, index, ...rest] }] : []));
      });
      return { ...answer, data, ...(errors ? { errors } : {}) };
    },
  };
}
