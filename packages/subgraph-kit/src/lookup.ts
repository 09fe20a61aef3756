import type DataLoader from "dataloader";
import { AppError, ErrorCode, errors } from "@plateau/kernel";
import { parseId } from "./context.js";

/**
 * Loads one entity by an id a client sent: BAD_USER_INPUT naming `field` when it is not a UUID,
 * NOT_FOUND when there is no such entity in the viewer's workspace.
 */
export async function loadOrThrow<T>(loader: DataLoader<string, T | null>, typename: string, id: string, field = "id"): Promise<T> {
  const entity = await loader.load(parseId(id, field));
  if (!entity) throw errors.notFound(typename, id);
  return entity;
}

/** A lookup's result, or null when it failed with NOT_FOUND: single-entity queries answer null for unknown ids. */
export async function nullIfNotFound<T>(lookup: Promise<T>): Promise<T | null> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof AppError && error.code === ErrorCode.NOT_FOUND) return null;
    throw error;
  }
}
