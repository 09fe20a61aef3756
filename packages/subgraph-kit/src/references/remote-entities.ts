import { AppError, ErrorCode, INTERNAL_CREDENTIAL_HEADER, REQUEST_ID_HEADER, type InternalCredential, type Logger } from "@plateau/kernel";

/**
 * How long a subgraph waits for another one when it checks references: well under the gateway's own
 * subgraph timeout (SUBGRAPH_TIMEOUT_MS, 10 s by default), so the caller gets this service's clear
 * error rather than the gateway's.
 */
export const REFERENCE_TIMEOUT_MS = 5_000;

/**
 * Who a look-up is made for and by: it runs with the user's own token, so the target applies its RLS to
 * them, and carries the asking service's credential, without which the target answers nothing.
 */
export interface Caller {
  /** The user's bearer token, forwarded as is. */
  token: string;
  requestId: string;
  /** The asking subgraph's own credential. */
  service: InternalCredential;
}

/** One `_entities` call: which subgraph, which type, which fields. */
export interface EntitiesRequest {
  /** The target subgraph's name (logs and the error's `extensions.subgraph`). */
  subgraph: string;
  /** Its GraphQL endpoint (`…/graphql`). */
  endpoint: string;
  typename: string;
  /** The selection on `typename`, e.g. `id project { id }`. */
  selection: string;
  ids: readonly string[];
  caller: Caller;
  logger: Logger;
  timeoutMs?: number;
}

/** The error a caller sees when a reference cannot be checked: never a silent accept, never a URL. */
export function referenceTargetUnavailable(subgraph: string, timedOut: boolean): AppError {
  return new AppError(
    ErrorCode.SUBGRAPH_UNAVAILABLE,
    timedOut
      ? `The ${subgraph} service did not answer in time, so the references could not be checked`
      : `The ${subgraph} service is unavailable, so the references could not be checked`,
    { subgraph },
  );
}

/** One GraphQL request to another subgraph, as the caller (see {@link postAsCaller}). */
export interface CallerQuery {
  /** The target subgraph's name (logs and the error's `extensions.subgraph`). */
  subgraph: string;
  /** Its GraphQL endpoint (`…/graphql`). */
  endpoint: string;
  query: string;
  variables: Record<string, unknown>;
  caller: Caller;
  logger: Logger;
  timeoutMs?: number;
  /** What the logs call the look-up (default "reference check"). */
  purpose?: string;
}

/**
 * Sends `query` to another subgraph as the caller (their `Authorization` and `x-request-id`, with the asking
 * service's credential), so the target applies its access rules and Row-Level Security to them exactly as
 * to their own query, and returns its `data`. Any transport failure, time-out, non-200 answer, GraphQL
 * error or malformed body is logged and thrown as SUBGRAPH_UNAVAILABLE.
 */
export async function postAsCaller(request: CallerQuery): Promise<Record<string, unknown>> {
  const { subgraph, endpoint, caller, logger } = request;
  const fail = (reason: string, error?: unknown, timedOut = false): never => {
    logger.warn(`${request.purpose ?? "reference check"} failed`, { subgraph, reason, error });
    throw referenceTargetUnavailable(subgraph, timedOut);
  };
  let body: { data?: Record<string, unknown> | null; errors?: unknown[] };
  try {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        authorization: `Bearer ${caller.token}`,
        [INTERNAL_CREDENTIAL_HEADER]: await caller.service.token(),
        [REQUEST_ID_HEADER]: caller.requestId,
      },
      body: JSON.stringify({ query: request.query, variables: request.variables }),
      signal: AbortSignal.timeout(request.timeoutMs ?? REFERENCE_TIMEOUT_MS),
    });
    if (response.status !== 200) {
      await response.body?.cancel();
      return fail(`answered HTTP ${response.status}`);
    }
    body = (await response.json()) as typeof body;
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    return fail(timedOut ? "timed out" : "request failed", error, timedOut);
  }
  if (body.errors?.length) return fail("answered with errors", body.errors);
  if (!body.data || typeof body.data !== "object") return fail("answered an unexpected body");
  return body.data;
}

/**
 * Resolves `ids` as `typename` entities in another subgraph through its federation `_entities` field,
 * as the caller ({@link postAsCaller}). Returns one entry per id, in order: the
 * selected fields, or null where the target resolved nothing (Row-Level Security hides other
 * workspaces' rows, so null also means "not in the caller's workspace"). Any transport failure, time-out,
 * non-200 answer, GraphQL error or malformed body is logged and thrown as SUBGRAPH_UNAVAILABLE.
 */
export async function fetchEntities(request: EntitiesRequest): Promise<(Record<string, unknown> | null)[]> {
  const { subgraph, typename, ids, logger } = request;
  const data = await postAsCaller({
    ...request,
    query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${request.selection} } } }`,
    variables: { r: ids.map((id) => ({ __typename: typename, id })) },
  });
  const entities = data._entities;
  if (!Array.isArray(entities) || entities.length !== ids.length) {
    logger.warn("reference check failed", { subgraph, typename, count: ids.length, reason: "answered an unexpected body" });
    throw referenceTargetUnavailable(subgraph, false);
  }
  return entities.map((entity) => (entity !== null && typeof entity === "object" ? (entity as Record<string, unknown>) : null));
}
