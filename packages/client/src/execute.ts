import { print, type DocumentNode } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";

/** A GraphQL response as a client sees it. */
export interface ExecutionResult<TData> {
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> & { code?: string } }[];
  status: number;
}

/** The sha256 codegen gave a generated document (`npm run codegen`, persisted documents), without its `sha256:` prefix. */
export function documentHash(document: DocumentNode | string): string | undefined {
  const hash = typeof document === "string" ? undefined : (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  return hash?.replace(/^sha256:/, "");
}

/**
 * Sends one operation over HTTP like a real client. Typed when given a generated TypedDocumentNode.
 * With `persisted`, a generated document is sent by its hash alone (the gateway's trusted documents),
 * as a production SPA does.
 */
export async function execute<TData, TVariables extends Record<string, unknown> = Record<string, unknown>>(
  url: string,
  document: TypedDocumentNode<TData, TVariables> | DocumentNode | string,
  options: { variables?: TVariables; token?: string; headers?: Record<string, string>; persisted?: boolean } = {},
): Promise<ExecutionResult<TData>> {
  const hash = options.persisted ? documentHash(document) : undefined;
  if (options.persisted && !hash) throw new Error("execute: only a generated document has a trusted-document hash");
  const request = hash
    ? { extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables: options.variables ?? {} }
    : { query: typeof document === "string" ? document : print(document), variables: options.variables ?? {} };
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as Omit<ExecutionResult<TData>, "status">;
  return { ...body, status: response.status };
}

/** The data of a response that must have succeeded; throws with the errors otherwise. */
export function dataOf<TData>(result: ExecutionResult<TData>): TData {
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** The codes of a response's errors, in order. */
export function errorCodes(result: ExecutionResult<unknown>): (string | undefined)[] {
  return (result.errors ?? []).map((error) => error.extensions?.code);
}
