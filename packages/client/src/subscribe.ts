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
