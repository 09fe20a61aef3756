import type { DocumentNode } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { execute as executeAsClient, type ExecutionResult } from "@plateau/client";
import { GATEWAY_CALLER, generateInternalSecrets, INTERNAL_CREDENTIAL_HEADER, internalCredential } from "@plateau/kernel";

/**
 * The internal secret of every service a test starts (subgraph harnesses, the test graph): fresh for
 * each test file's module graph, never written down.
 */
export const TEST_INTERNAL_SECRETS = generateInternalSecrets();

const gateway = internalCredential(TEST_INTERNAL_SECRETS, GATEWAY_CALLER);

/** The header a request needs to reach a subgraph the tests started: the gateway's credential. */
export async function gatewayCredentialHeader(): Promise<Record<string, string>> {
  return { [INTERNAL_CREDENTIAL_HEADER]: await gateway.token() };
}

/**
 * Sends one operation like `@plateau/client`'s `execute`, and as the gateway would: with its internal
 * credential, so a test can speak to a subgraph directly (the gateway ignores the header). A test of
 * what a subgraph does without the credential uses `@plateau/client`'s `execute` or `fetch`.
 */
export async function execute<TData, TVariables extends Record<string, unknown> = Record<string, unknown>>(
  url: string,
  document: TypedDocumentNode<TData, TVariables> | DocumentNode | string,
  options: NonNullable<Parameters<typeof executeAsClient<TData, TVariables>>[2]> = {},
): Promise<ExecutionResult<TData>> {
  return executeAsClient(url, document, { ...options, headers: { ...(await gatewayCredentialHeader()), ...options.headers } });
}
