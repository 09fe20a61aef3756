import type { GraphQLFormattedError } from "graphql";

/**
 * GraphQL validation reports a bad argument literal (an unknown enum value in a filter, a string where
 * an Int goes) as GRAPHQL_VALIDATION_FAILED. For clients that is bad input like any other, so those
 * become BAD_USER_INPUT; structural problems (unknown fields, syntax) keep their code.
 */
const INPUT_PROBLEMS = [
  /^Enum ".*" cannot represent/,
  /does not exist in ".*" enum/,
  /^Expected value of type/,
  /^(Int|Float|String|Boolean|ID) cannot represent/,
  /^Field ".*" of required type ".*" was not provided/,
  /^Field ".*" argument ".*" of type ".*" is required/,
];

/**
 * @apollo/gateway reports an `operationName` the document does not define (or a missing one where it
 * has several) as a bare error, which would be masked as INTERNAL_SERVER_ERROR: it is the client's
 * request, so it gets Apollo Server's own code for it.
 */
const OPERATION_PROBLEMS = [/^Unknown operation named /, /^Must provide operation name if query contains multiple operations/];

export function asBadUserInput(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (OPERATION_PROBLEMS.some((pattern) => pattern.test(formatted.message))) {
    return { ...formatted, extensions: { ...formatted.extensions, code: "OPERATION_RESOLUTION_FAILURE" } };
  }
  if (formatted.extensions?.code !== "GRAPHQL_VALIDATION_FAILED") return formatted;
  if (!INPUT_PROBLEMS.some((pattern) => pattern.test(formatted.message))) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: "BAD_USER_INPUT" } };
}

/**
 * A validation message without graphql's "Did you mean …?" hint, which would tell anyone the names of
 * fields and types they did not ask for (GRAPHQL_SUGGESTIONS=true keeps it). Apollo Server strips it
 * the same way on HTTP (`hideSchemaDetailsFromClientErrors`); the WebSocket path uses this.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean(.+?)\?$/, "");
}
