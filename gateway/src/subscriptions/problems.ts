import { GraphQLError } from "graphql";
import { ErrorCode } from "@plateau/kernel";

/** Several errors for one refused subscription (graphql-ws sends them together). */
export class ProblemList extends Error {
  constructor(readonly problems: GraphQLError[]) {
    super(problems.map((problem) => problem.message).join("; "));
  }
}

/** A refusal of a subscription with its error `code`. */
export const problem = (code: string, message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { ...extensions, code } });

/** BAD_USER_INPUT naming the subscription's `argument`. */
export function invalidArgument(argument: string, message: string): GraphQLError {
  return problem(ErrorCode.BAD_USER_INPUT, `${argument}: ${message}`, { fields: [{ field: argument, message }] });
}
