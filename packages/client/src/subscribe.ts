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

/** A graphql-ws client for the gateway's subscriptions. */
export function createLiveClient(options: LiveClientOptions): Client {
  const url = options.url.replace(/^http(s?):/, "ws$1:");
  return createClient({
    url,
    webSocketImpl: options.webSocketImpl,
    retryAttempts: options.retryAttempts,
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
