import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { currentRequestScope } from "./request-context.js";

/** The stable `extensions.code` values every Plateau service returns (docs/architecture.md, "Error codes"). */
export const ErrorCode = {
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  BAD_USER_INPUT: "BAD_USER_INPUT",
  CONFLICT: "CONFLICT",
  /** The time entry's week is SUBMITTED or APPROVED (timesheets): it cannot change until the week is rejected or reopened. */
  TIMESHEET_LOCKED: "TIMESHEET_LOCKED",
  RATE_LIMITED: "RATE_LIMITED",
  /** The workspace's daily budget of model tokens is spent (insights): analyses by a model wait for the next UTC day. */
  AI_BUDGET_EXHAUSTED: "AI_BUDGET_EXHAUSTED",
  QUERY_TOO_COMPLEX: "QUERY_TOO_COMPLEX",
  SUBGRAPH_UNAVAILABLE: "SUBGRAPH_UNAVAILABLE",
  INTEGRATION_FAILURE: "INTEGRATION_FAILURE",
  /** A subscription's `after` cursor is older than the events still retained: refetch, then subscribe without it. */
  CURSOR_EXPIRED: "CURSOR_EXPIRED",
  /** Only trusted documents run here, and no trusted document has the hash the request named (Apollo Router's code). */
  PERSISTED_QUERY_NOT_IN_LIST: "PERSISTED_QUERY_NOT_IN_LIST",
  /** Only trusted documents run here, and the request sent another document (Apollo Router's code). */
  QUERY_NOT_IN_SAFELIST: "QUERY_NOT_IN_SAFELIST",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A problem with one input field, returned under `extensions.fields`. */
export interface FieldProblem {
  /** Dotted path of the field inside the operation's arguments, e.g. `input.email`. */
  field: string;
  message: string;
}

/** An error a service raises on purpose: its code and message are safe to show to the client. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** Factories, so call sites read as what went wrong. */
export const errors = {
  unauthenticated: (message = "Authentication required: send a valid access token") => new AppError(ErrorCode.UNAUTHENTICATED, message),
  forbidden: (message = "You are not allowed to do this") => new AppError(ErrorCode.FORBIDDEN, message),
  notFound: (typename: string, id: string) => new AppError(ErrorCode.NOT_FOUND, `${typename} ${id} was not found`, { typename, id }),
  badInput: (message: string, fields: FieldProblem[] = []) => new AppError(ErrorCode.BAD_USER_INPUT, message, { fields }),
  invalidField: (field: string, message: string) =>
    new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { fields: [{ field, message }] }),
  conflict: (message: string, extensions: Record<string, unknown> = {}) => new AppError(ErrorCode.CONFLICT, message, extensions),
};

/** Converts an AppError into the GraphQLError clients see. */
export function toGraphQLError(error: AppError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { ...error.extensions, code: error.code } });
}

const PUBLIC_CODES = new Set<string>(Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR));

/**
 * GraphQL's own validation codes that are safe to show: they describe the client's operation, not the
 * server.
 */
const GRAPHQL_CLIENT_CODES: Record<string, ErrorCode | string> = {
  GRAPHQL_VALIDATION_FAILED: "GRAPHQL_VALIDATION_FAILED",
  GRAPHQL_PARSE_FAILED: "GRAPHQL_PARSE_FAILED",
  BAD_USER_INPUT: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_FOUND: "PERSISTED_QUERY_NOT_FOUND",
  PERSISTED_QUERY_NOT_SUPPORTED: "PERSISTED_QUERY_NOT_SUPPORTED",
  OPERATION_RESOLUTION_FAILURE: "OPERATION_RESOLUTION_FAILURE",
  BAD_REQUEST: "BAD_REQUEST",
};

function findAppError(error: unknown): AppError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof AppError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * The one place errors are shaped for clients. Deliberate errors keep their code and message; anything
 * else becomes INTERNAL_SERVER_ERROR with the request id and no stack, SQL or URL. `onInternal` receives
 * the original for logging.
 */
export function formatClientError(
  formatted: GraphQLFormattedError,
  original: unknown,
  onInternal?: (error: unknown) => void,
): GraphQLFormattedError {
  const appError = findAppError(original);
  const requestId = currentRequestScope()?.requestId;
  if (appError) {
    return {
      message: appError.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...appError.extensions, code: appError.code },
    };
  }
  const code = String(formatted.extensions?.code ?? "");
  const safeCode = GRAPHQL_CLIENT_CODES[code] ?? (PUBLIC_CODES.has(code) ? code : undefined);
  if (safeCode) {
    const { stacktrace: _stacktrace, exception: _exception, ...rest } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions: { ...rest, code: safeCode } };
  }
  onInternal?.(original);
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(requestId ? { requestId } : {}) },
  };
}
