import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError } from "graphql";
import { errorCodes, operationNames } from "./bounded-labels.js";
import type { Metrics } from "./metrics.js";

/** How an operation ended: no errors, data with errors, or errors alone (including refused requests). */
export type OperationOutcome = "success" | "partial" | "error";

/**
 * An Apollo Server plugin counting `service`'s GraphQL operations by name, type and outcome, timing
 * them, and counting the errors its responses carry by `extensions.code` (as the client sees them,
 * after masking). A request refused before parsing (its context failed) counts as operation `unknown`. Names and codes are bounded ({@link operationNames}, {@link errorCodes}).
 */
export function graphqlMetricsPlugin<Context extends BaseContext>(metrics: Metrics, service: string): ApolloServerPlugin<Context> {
  const names = operationNames();
  const codes = errorCodes();
  return {
    // A request refused while its context was built (an invalid token) never reaches the hooks below.
    async contextCreationDidFail({ error }) {
      const labels = { service, operation: "unknown", type: "unknown", outcome: "error" };
      metrics.graphqlOperations.inc(labels);
      metrics.graphqlErrors.inc({
        service,
        code: codes.of(error instanceof GraphQLError ? error.extensions.code : "INTERNAL_SERVER_ERROR"),
      });
    },
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ response, operation, operationName, request }) {
          const result = response.body.kind === "single" ? response.body.singleResult : response.body.initialResult;
          const errors = result.errors ?? [];
          const outcome: OperationOutcome = errors.length === 0 ? "success" : result.data ? "partial" : "error";
          const labels = {
            service,
            operation: names.of(operationName ?? request.operationName),
            type: operation?.operation ?? "unknown",
            outcome,
          };
          metrics.graphqlOperations.inc(labels);
          metrics.graphqlOperationDuration.observe(labels, (performance.now() - started) / 1_000);
          for (const error of errors) metrics.graphqlErrors.inc({ service, code: codes.of(error.extensions?.code) });
        },
      };
    },
  };
}
