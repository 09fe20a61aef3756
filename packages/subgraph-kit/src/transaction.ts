import { OptimisticLockError, UniqueConstraintViolationException, wrap, type EntityManager, type EntityName } from "@mikro-orm/core";
import { AppError, errors } from "@plateau/kernel";
import type { SubgraphContext } from "./context.js";

/** What a unique violation means to the client: the input field whose value is already taken. */
export interface UniqueConflict {
  /** Dotted path of the input field, e.g. `input.name`. */
  field: string;
  /** The error's message, e.g. `A team named Core already exists in this workspace`. */
  message: string;
  /** What `extensions.fields` says about the field; "already in use" unless told. */
  fieldMessage?: string;
}

/** How a use case's write failures read to the client. */
export interface ConflictOptions {
  /** Set when the write can hit a unique constraint a client can trip (a name or key taken). */
  unique?: UniqueConflict;
}

/**
 * Runs one use case in one transaction: `work` receives a context whose EntityManager is the
 * transaction's and whose loaders read through it (so they see rows the use case wrote but has not
 * committed yet). Everything `work` changed is flushed and committed when it returns, and rolled back
 * when it throws. A unique violation becomes CONFLICT naming `options.unique.field`; a concurrent edit
 * caught by the optimistic lock becomes CONFLICT with the row's `currentVersion`.
 */
export async function inTransaction<C extends SubgraphContext<unknown>, T>(
  ctx: C,
  work: (tx: C) => Promise<T>,
  options: ConflictOptions = {},
): Promise<T> {
  try {
    return await ctx.em.transactional((em) => work(transactionContext(ctx, em as EntityManager)));
  } catch (error) {
    throw await asConflict(ctx.em, error, options);
  }
}

/**
 * Flushes the request's unit of work (its own short transaction) with the same mapping as
 * {@link inTransaction}: for use cases that only change loaded rows and flush once.
 */
export async function flushOrConflict(ctx: Pick<SubgraphContext, "em">, options: ConflictOptions = {}): Promise<void> {
  try {
    await ctx.em.flush();
  } catch (error) {
    throw await asConflict(ctx.em, error, options);
  }
}

/** `ctx` with `em` as its EntityManager and loaders built on it: what a transaction's work receives. */
function transactionContext<C extends SubgraphContext<unknown>>(ctx: C, em: EntityManager): C {
  return { ...ctx, em, loaders: ctx.loadersFor(em) };
}

/**
 * The CONFLICT a failed write means to the client, or the error itself when it is not one of ours.
 * `em` is the request's EntityManager, outside the rolled-back transaction: it reads the current version.
 */
async function asConflict(em: EntityManager, error: unknown, options: ConflictOptions): Promise<unknown> {
  if (error instanceof AppError) return error;
  if (error instanceof UniqueConstraintViolationException && options.unique) {
    const { field, message, fieldMessage = "already in use" } = options.unique;
    return errors.conflict(message, { fields: [{ field, message: fieldMessage }] });
  }
  if (error instanceof OptimisticLockError) return staleWrite(em, error);
  return error;
}

/** CONFLICT for a row someone else changed between our read and our write, with its version now. */
async function staleWrite(em: EntityManager, error: OptimisticLockError): Promise<AppError> {
  const entity = error.entity as object | undefined;
  if (!entity) return errors.conflict("This was changed by someone else meanwhile; reload and retry");
  const typename = entity.constructor.name;
  const id = String(wrap(entity, true).getPrimaryKey());
  // A fresh fork: the request's identity map still holds the row as we last saw it.
  const current = (await em.fork({ clear: true }).findOne(entity.constructor as EntityName<object>, id as never)) as {
    version?: unknown;
  } | null;
  if (!current) return errors.conflict(`${typename} ${id} was deleted by someone else meanwhile; reload`);
  return errors.conflict(`${typename} ${id} was changed by someone else (version ${String(current.version)}); reload and retry`, {
    currentVersion: current.version,
  });
}
