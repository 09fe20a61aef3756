import { print, type DocumentNode } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";

/** A GraphQL response as a client sees it. */
export interface ExecutionResult<TData> {
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> & { code?: string } }[];
  status: number;
}

/**
 * Sends one operation over HTTP like a real client. Typed when given a generated TypedDocumentNode.
 */
export async function execute<TData, TVariables extends Record<string, unknown> = Record<string, unknown>>(
  url: string,
  document: TypedDocumentNode<TData, TVariables> | DocumentNode | string,
  options: { variables?: TVariables; token?: string; headers?: Record<string, string> } = {},
): Promise<ExecutionResult<TData>> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query: typeof document === "string" ? document : print(document), variables: options.variables ?? {} }),
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
