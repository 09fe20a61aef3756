import { Kind, parse, type OperationDefinitionNode } from "graphql";
import { AppError, bearerToken, ErrorCode, OPERATION_ACCESS, type AccessTokenVerifier, type Viewer } from "@plateau/kernel";

/**
 * Verification at the edge: a request without a token goes on (the subgraphs allow only sign-up,
 * login and `_service` to anonymous callers); a request with a bad or expired token is refused here,
 * before any subgraph is called.
 */
export async function viewerFromHeader(verifier: AccessTokenVerifier, header: string | undefined): Promise<Viewer | undefined> {
  if (header === undefined) return undefined;
  const token = bearerToken(header);
  if (!token) throw new AppError(ErrorCode.UNAUTHENTICATED, "Malformed Authorization header: expected `Bearer <token>`");
  return verifier.verify(token);
}

const ROOT_TYPE = { query: "Query", mutation: "Mutation", subscription: "Subscription" } as const;

/**
 * Whether a request body asks only for operations open to anyone (`login`, `refreshAccessToken`, …),
 * so that an expired or otherwise bad token a client still sends can be ignored instead of refused:
 * a client whose access token has expired must be able to refresh it. Anything unclear (a parse
 * error, a batch, fragments at the root, an unknown operation) counts as not public.
 */
export function isPublicOperation(body: unknown): boolean {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return false;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== "string") return false;
  let operation: OperationDefinitionNode | undefined;
  try {
    const operations = parse(query).definitions.filter((node) => node.kind === Kind.OPERATION_DEFINITION);
    operation =
      typeof operationName === "string"
        ? operations.find((node) => node.name?.value === operationName)
        : operations.length === 1
          ? operations[0]
          : undefined;
  } catch {
    return false;
  }
  if (!operation) return false;
  const selections = operation.selectionSet.selections;
  return selections.every(
    (selection) =>
      selection.kind === Kind.FIELD &&
      (selection.name.value === "__typename" || OPERATION_ACCESS[`${ROOT_TYPE[operation.operation]}.${selection.name.value}`] === "PUBLIC"),
  );
}
