import type { JWTVerifyGetKey } from "jose";

const TARGET = Symbol("plateau.keySetTarget");

/** A key set known only later (`npm start`'s subgraphs start before identity serves its JWKS). */
type DeferredKeySet = JWTVerifyGetKey & { [TARGET]: () => JWTVerifyGetKey | undefined };

/** The properties of jose's remote key set that tell whether it holds usable keys. */
interface RemoteKeySetState {
  readonly fresh: boolean;
  reload(): Promise<void>;
}

/**
 * A key set that delegates to `current()` once it returns one; until then verifying throws
 * `missing`. {@link checkKeySet} looks through it to the key set it delegates to.
 */
export function deferredKeySet(current: () => JWTVerifyGetKey | undefined, missing: string): JWTVerifyGetKey {
  const keys = ((header, token) => {
    const target = current();
    if (!target) throw new Error(missing);
    return target(header, token);
  }) as DeferredKeySet;
  keys[TARGET] = current;
  return keys;
}

/**
 * Resolves when `keys` can verify tokens now: a remote key set (identity's JWKS) whose cache is fresh
 * or can be reloaded; a local key set always. Rejects with the reason otherwise (readiness checks).
 */
export async function checkKeySet(keys: JWTVerifyGetKey): Promise<void> {
  const deferred = (keys as Partial<DeferredKeySet>)[TARGET];
  const target = deferred ? deferred() : keys;
  if (!target) throw new Error("the key set is not known yet");
  const remote = target as Partial<RemoteKeySetState>;
  if (typeof remote.reload !== "function" || remote.fresh) return;
  try {
    await remote.reload();
  } catch (error) {
    throw new Error(`the JWKS cannot be loaded: ${(error as Error).message}`, { cause: error });
  }
}
