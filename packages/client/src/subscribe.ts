import { print, type DocumentNode } from "graphql";
import { createClient, type Client } from "graphql-ws";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import type { ExecutionResult } from "./execute.js";

/** How a live client connects. */
export interface LiveClientOptions {
  /** The gateway's GraphQL URL; `http(s)://…/graphql` is turned into `ws(s)://…/graphql`. */
  url: string;
  /**
   * The access token, sent in `connection_init` as `authorization: Bearer …`. A function is asked
   * again on every (re)connect: give one that returns a fresh token, and a connection closed because
   * the token expired (4403) comes back authenticated.
   */
  token: string | (() => string | Promise<string>);
  /** A WebSocket implementation where there is no global one (Node < 22: `ws`). */
  webSocketImpl?: unknown;
  /** Reconnect attempts after the socket drops (default 5, graphql-ws's). */
  retryAttempts?: number;
}

/** The first reconnect waits about this long; each further one doubles it, up to {@link MAX_RETRY_DELAY_MS}. */
const BASE_RETRY_DELAY_MS = 500;
const MAX_RETRY_DELAY_MS = 30_000;

/**
 * How long to wait before attempt `retries + 1` (0 for the first retry): exponential back-off with
 * "equal jitter" (half fixed, half random), so clients that lost their connection together (a gateway
 * restart) do not all come back in the same instant. Where the server said when to come back
 * (`extensions.retryAfter`, seconds, on RATE_LIMITED or SUBGRAPH_UNAVAILABLE), pass it: the wait is at
 * least that. Use it too before subscribing again after such a refusal.
 */
export function retryDelayMs(retries: number, retryAfterSeconds = 0, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_RETRY_DELAY_MS, BASE_RETRY_DELAY_MS * 2 ** Math.max(0, retries));
  const jittered = ceiling / 2 + random() * (ceiling / 2);
  return Math.max(jittered, retryAfterSeconds * 1_000 + random() * BASE_RETRY_DELAY_MS);
}

/** A graphql-ws client for the gateway's subscriptions; it reconnects with {@link retryDelayMs}. */
export function createLiveClient(options: LiveClientOptions): Client {
  const url = options.url.replace(/^http(s?):/, "ws$1:");
  return createClient({
    url,
    webSocketImpl: options.webSocketImpl,
    retryAttempts: options.retryAttempts,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelayMs(retries))),
    connectionParams: async () => ({
      authorization: `Bearer ${typeof options.token === "function" ? await options.token() : options.token}`,
    }),
  });
}

/**
 * Subscribes with a generated document (typed) or a query string: an async iterator of results,
 * ended by `return()` (or `break` in a `for await`). A subscription the server refuses (FORBIDDEN,
 * CURSOR_EXPIRED, …) rejects the next `next()` with the errors.
 */
export function subscribe<TData, TVariables extends Record<string, unknown> = Record<string, unknown>>(
  client: Client,
  document: TypedDocumentNode<TData, TVariables> | DocumentNode | string,
  variables?: TVariables,
): AsyncIterableIterator<Omit<ExecutionResult<TData>, "status">> {
  const query = typeof document === "string" ? document : print(document);
  return client.iterate({ query, variables: variables ?? {} }) as AsyncIterableIterator<Omit<ExecutionResult<TData>, "status">>;
}

/** A refusal or failure a subscription ended with: the server's errors, or the socket's close. */
type SubscriptionFailure = readonly { message?: string; extensions?: { code?: unknown; retryAfter?: unknown } }[] | { code?: number };

/** The codes after which subscribing again later may succeed (the server said how long to wait). */
const RETRYABLE_CODES = new Set(["RATE_LIMITED", "SUBGRAPH_UNAVAILABLE"]);

/**
 * How long to wait at least before subscribing again, in seconds; null when that cannot help:
 * - the server's errors: RATE_LIMITED or SUBGRAPH_UNAVAILABLE pass (after their `retryAfter`), others do not;
 * - the socket closed with a 4xxx code: the server refused this client (4403: the token), not a blip;
 * - the socket closed otherwise (1001: the gateway went away) or could not open (refused, 503 while a
 *   gateway stops): connect again.
 */
function retryAfterOf(failure: unknown): number | null {
  if (Array.isArray(failure)) {
    const errors = failure as Extract<SubscriptionFailure, readonly unknown[]>;
    const retryable = errors.find((error) => RETRYABLE_CODES.has(String(error.extensions?.code)));
    if (!retryable) return null;
    return typeof retryable.extensions?.retryAfter === "number" ? retryable.extensions.retryAfter : 1;
  }
  const code = (failure as { code?: unknown } | null)?.code;
  return typeof code === "number" && code >= 4000 ? null : 0;
}

/** How {@link followLive} follows a subscription. */
export interface FollowLiveOptions<TData> {
  /** The cursor of a result (e.g. `(data) => data.boardChanged.cursor`): the next subscribe resumes after it. */
  cursorOf(data: TData): string | null | undefined;
  /** Subscribes again at most this many times in a row without a result in between (default: no limit). */
  maxRetries?: number;
  /**
   * Whether the SUBSCRIBED acknowledgements (one per subscribe, see followLive) are yielded too. Default
   * false: only the field's own events reach you; followLive keeps their cursor either way.
   */
  includeAcknowledgements?: boolean;
}

/** The `kind` of the acknowledgement an acknowledged subscription gets first (every event kind enum has it). */
export const SUBSCRIBED = "SUBSCRIBED";

/** True when `data` is a SUBSCRIBED acknowledgement: its one root field's `kind` says so. */
export function isAcknowledgement(data: unknown): boolean {
  if (data === null || typeof data !== "object") return false;
  const [root] = Object.values(data as Record<string, unknown>);
  return root !== null && typeof root === "object" && (root as { kind?: unknown }).kind === SUBSCRIBED;
}

/**
 * Follows a subscription through disconnects and refusals that pass: when the socket drops or the
 * server answers RATE_LIMITED or SUBGRAPH_UNAVAILABLE, it waits ({@link retryDelayMs}, at least the
 * server's `retryAfter`) and subscribes again with `after` set to the last cursor received, so events
 * committed meanwhile arrive first and none is lost or repeated. Give it a client made with
 * `retryAttempts: 0` (this does the retrying, with the cursor); graphql-ws opens a new socket for the
 * new subscribe. Other failures end it with their errors: on CURSOR_EXPIRED, refetch what you show and
 * follow again without `after`. When the operation declares `$acknowledge` and passes it to the field
 * (as the generated documents do), every subscribe asks for `acknowledge: true`: the server's SUBSCRIBED
 * acknowledgement gives the position the subscription is live from, so even a socket that drops before
 * the first event resumes without loss. SUBSCRIBED results are not yielded unless
 * `includeAcknowledgements` (the operation must select `kind`). Without `$acknowledge` it has no cursor
 * before its first event: what commits while a socket that dropped before then is away is not replayed.
 * `return()` (or `break`) ends it at once, even while it waits. The operation must declare
 * `$after: String` and pass it to the field (`boardChanged(projectId: $projectId, after: $after)`, as the
 * generated documents do); it throws at once otherwise.
 */
export function followLive<TData, TVariables extends { after?: string | null; acknowledge?: boolean | null } & Record<string, unknown>>(
  client: Client,
  document: TypedDocumentNode<TData, TVariables> | DocumentNode | string,
  variables: TVariables,
  options: FollowLiveOptions<TData>,
): AsyncIterableIterator<Omit<ExecutionResult<TData>, "status">> {
  type Result = Omit<ExecutionResult<TData>, "status">;
  const query = typeof document === "string" ? document : print(document);
  // Without `$after` in the operation the cursor would be dropped silently, and so would every event
  // committed while the socket was down.
  if (!/\$after\b/.test(query))
    throw new Error("followLive: the subscription must declare `$after: String` and pass it to the field's `after`");
  const acknowledged = /\$acknowledge\b/.test(query);
  // Without `kind` an acknowledgement could not be told from an event.
  if (acknowledged && !/\bkind\b/.test(query)) throw new Error("followLive: a subscription declaring `$acknowledge` must select `kind`");
  let after = variables.after ?? null;
  let retries = 0;
  let ended = false;
  let current: AsyncIterableIterator<Result> | undefined;
  let wake: (() => void) | undefined;
  const finished = (): IteratorResult<Result> => ({ value: undefined, done: true });

  /** Waits before subscribing again; `return()` cuts it short. */
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    }).finally(() => (wake = undefined));

  const iterator: AsyncIterableIterator<Result> = {
    async next() {
      while (!ended) {
        current ??= subscribe<TData, TVariables>(client, query, { ...variables, after, ...(acknowledged ? { acknowledge: true } : {}) });
        try {
          const step = await current.next();
          if (step.done) break;
          retries = 0;
          const cursor = step.value.data ? options.cursorOf(step.value.data) : null;
          if (cursor) after = cursor;
          if (!options.includeAcknowledgements && isAcknowledgement(step.value.data)) continue;
          return { value: step.value, done: false };
        } catch (failure) {
          current = undefined;
          if (ended) break;
          const retryAfter = retryAfterOf(failure);
          if (retryAfter === null || retries >= (options.maxRetries ?? Infinity)) {
            ended = true;
            throw failure;
          }
          await pause(retryDelayMs(retries, retryAfter));
          retries += 1;
        }
      }
      ended = true;
      return finished();
    },
    async return() {
      ended = true;
      wake?.();
      const stopping = current;
      current = undefined;
      await stopping?.return?.();
      return finished();
    },
    async throw(error: unknown) {
      await iterator.return!();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
