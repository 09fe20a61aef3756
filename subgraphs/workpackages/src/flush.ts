import { OptimisticLockError, UniqueConstraintViolationException } from "@mikro-orm/core";
import { errors, type AppError } from "@plateau/kernel";
import type { WorkPackagesContext } from "./context.js";

/**
 * Flushes the request's unit of work (one transaction). A unique-constraint violation becomes the
 * CONFLICT `onDuplicate` describes; a concurrent edit that slipped between the version check and the
 * write (optimistic lock) becomes CONFLICT too, so no raw database error reaches the client.
 */
export async function flushOrConflict(ctx: WorkPackagesContext, onDuplicate?: () => AppError): Promise<void> {
  try {
    await ctx.em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException && onDuplicate) throw onDuplicate();
    if (error instanceof OptimisticLockError) throw errors.conflict("This was changed by someone else meanwhile; reload and retry");
    throw error;
  }
}
