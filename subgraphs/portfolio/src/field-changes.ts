/**
 * How `*.updated` events name what changed: the GraphQL fields of a type whose value differs between
 * two snapshots of an entity. Each type lists the fields it reports and how to read each from the
 * entity (task.changes.ts, project.changes.ts); derived and bookkeeping fields are left out.
 */

/** Reads one GraphQL field's value from an entity, as something JSON can compare. */
export type FieldReaders<Entity> = Readonly<Record<string, (entity: Entity) => unknown>>;

/** The values of the listed fields of `entity`, JSON-encoded so arrays and objects compare by value. */
export type FieldSnapshot = Readonly<Record<string, string>>;

/** Takes a {@link FieldSnapshot} of `entity` with `readers`. */
export function snapshotFields<Entity>(readers: FieldReaders<Entity>, entity: Entity): FieldSnapshot {
  return Object.fromEntries(Object.entries(readers).map(([field, read]) => [field, JSON.stringify(read(entity) ?? null)]));
}

/** The fields of `readers`, in their order, whose value in `entity` differs from `before`. */
export function changedFields<Entity>(readers: FieldReaders<Entity>, before: FieldSnapshot, entity: Entity): string[] {
  const after = snapshotFields(readers, entity);
  return Object.keys(readers).filter((field) => after[field] !== before[field]);
}
