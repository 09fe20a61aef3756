/**
 * The HTTP layer's own errors (before or around GraphQL execution: a body too large, malformed JSON,
 * a wrong content type or method, an unknown route, a middleware that failed), answered in the shape
 * of a GraphQL response so clients parse one format: `{"errors":[{"message","extensions":{"code"}}]}`.
 * Nothing here echoes the request, an exception's message, a stack, a path or a version. The types are
 * structural (Node's `IncomingMessage`/`ServerResponse` and Express's fit), so the kernel stays free of
 * Express.
 */
import type { Logger } from "./logger.js";
import { currentRequestScope } from "./request-context.js";

/** The stable `extensions.code` values of HTTP-level errors (docs/api/errors.md, "HTTP errors"). */
export const HttpErrorCode = {
  /** 400: malformed JSON, an empty or unreadable body, a malformed URL. */
  BAD_REQUEST: "BAD_REQUEST",
  /** 401: a request to a subgraph without a valid internal credential (only the gateway and services reach one). */
  UNAUTHENTICATED: "UNAUTHENTICATED",
  /** 404: no such route. */
  NOT_FOUND: "NOT_FOUND",
  /** 405: a method the route does not serve (`Allow` lists the ones it does). */
  METHOD_NOT_ALLOWED: "METHOD_NOT_ALLOWED",
  /** 413: the body is larger than the service's limit. */
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  /** 415: a POST whose body is not `application/json` (or not UTF-8, or in an unknown encoding). */
  UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  /** 500: anything unexpected; masked, with the request id to find it in the logs. */
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type HttpErrorCode = (typeof HttpErrorCode)[keyof typeof HttpErrorCode];

/** The body limit of every service unless configured otherwise: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1_048_576;

/** The parts of a request the handlers read. */
export interface HttpRequestLike {
  method?: string;
  headers: Record<string, string | string[] | undefined>;
}

/** The parts of a response the handlers write. */
export interface HttpResponseLike {
  statusCode: number;
  readonly headersSent: boolean;
  setHeader(name: string, value: string | number): unknown;
  end(body?: string): unknown;
}

type Next = (error?: unknown) => void;

/** An HTTP error as answered: status, stable code, a message written here (never an exception's). */
export interface HttpError {
  status: number;
  code: HttpErrorCode;
  message: string;
  /** Response headers that belong to the error (`Allow` on a 405). */
  headers?: Record<string, string>;
}

/** Writes `error` as a JSON GraphQL-shaped response; a 500 carries the request id. */
export function sendHttpError(res: HttpResponseLike, error: HttpError): void {
  const requestId = currentRequestScope()?.requestId;
  const extensions = { code: error.code, ...(error.status >= 500 && requestId ? { requestId } : {}) };
  const body = JSON.stringify({ errors: [{ message: error.message, extensions }] });
  res.statusCode = error.status;
  for (const [name, value] of Object.entries(error.headers ?? {})) res.setHeader(name, value);
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.setHeader("content-length", Buffer.byteLength(body));
  res.end(body);
}

const INTERNAL: HttpError = { status: 500, code: HttpErrorCode.INTERNAL_SERVER_ERROR, message: "Internal server error" };

/** What a 4xx status means when the error that carries it has no better description. */
const BY_STATUS: Record<number, Omit<HttpError, "status">> = {
  404: { code: HttpErrorCode.NOT_FOUND, message: "Not found" },
  405: { code: HttpErrorCode.METHOD_NOT_ALLOWED, message: "Method not allowed" },
  413: { code: HttpErrorCode.PAYLOAD_TOO_LARGE, message: "Request body too large" },
  415: { code: HttpErrorCode.UNSUPPORTED_MEDIA_TYPE, message: "Unsupported media type" },
};

/**
 * Classifies an error thrown or passed on by middleware. body-parser's errors carry a `type` (stable
 * across its versions) and an `http-errors` status; anything without a 4xx status is internal.
 */
export function httpErrorOf(error: unknown, maxBodyBytes?: number): HttpError {
  const { type, status, statusCode } = (error ?? {}) as { type?: unknown; status?: unknown; statusCode?: unknown };
  switch (type) {
    case "entity.too.large":
      return {
        status: 413,
        code: HttpErrorCode.PAYLOAD_TOO_LARGE,
        message: maxBodyBytes ? `Request body larger than the limit of ${maxBodyBytes} bytes` : "Request body too large",
      };
    case "entity.parse.failed":
      return { status: 400, code: HttpErrorCode.BAD_REQUEST, message: "Malformed JSON in the request body" };
    case "charset.unsupported":
      return { status: 415, code: HttpErrorCode.UNSUPPORTED_MEDIA_TYPE, message: "Unsupported charset: send the body as UTF-8" };
    case "encoding.unsupported":
      return { status: 415, code: HttpErrorCode.UNSUPPORTED_MEDIA_TYPE, message: "Unsupported Content-Encoding" };
  }
  const code = Number(status ?? statusCode);
  if (!Number.isInteger(code) || code < 400 || code > 499) return INTERNAL;
  return { status: code, ...(BY_STATUS[code] ?? { code: HttpErrorCode.BAD_REQUEST, message: "Bad request" }) };
}

/**
 * The last error handler of every app: answers any error in JSON (Express's HTML page never does),
 * and logs the unexpected ones with their stack, which only the log sees.
 */
export function httpErrorHandler(options: { logger: Logger; maxBodyBytes?: number }) {
  // Four parameters: that is how Express tells an error handler from a middleware.
  return (error: unknown, req: HttpRequestLike & { socket?: { destroy(): void } }, res: HttpResponseLike, _next: Next): void => {
    const answer = httpErrorOf(error, options.maxBodyBytes);
    if (answer.status >= 500) options.logger.error("unhandled HTTP error", { error, method: req.method });
    // Part of a response is out: another status cannot follow, so the client sees a cut connection.
    if (res.headersSent) return void req.socket?.destroy();
    sendHttpError(res, answer);
  };
}

/** The catch-all after every route: unknown routes get a JSON 404. */
export function notFoundHandler() {
  return (_req: HttpRequestLike, res: HttpResponseLike): void =>
    sendHttpError(res, { status: 404, code: HttpErrorCode.NOT_FOUND, message: "Not found: the GraphQL API is at /graphql" });
}

const GRAPHQL_METHODS = "GET, POST, OPTIONS";

/**
 * Guards `/graphql` before the body is read: only GET and POST (a bare OPTIONS, one that no CORS
 * answer took, learns which methods exist), and a POST must be `application/json` (GraphQL over HTTP).
 * Browsers cannot send JSON cross-origin without a preflight, so this also keeps CSRF's simple
 * requests (text/plain, forms) away from execution.
 */
export function graphqlRequestGuard() {
  return (req: HttpRequestLike, res: HttpResponseLike, next: Next): void => {
    const method = req.method?.toUpperCase();
    if (method === "OPTIONS") {
      res.statusCode = 204;
      res.setHeader("allow", GRAPHQL_METHODS);
      return void res.end();
    }
    if (method !== "GET" && method !== "POST") {
      return sendHttpError(res, {
        status: 405,
        code: HttpErrorCode.METHOD_NOT_ALLOWED,
        message: "GraphQL requests are GET or POST",
        headers: { allow: GRAPHQL_METHODS },
      });
    }
    if (method === "POST" && mediaType(req.headers["content-type"]) !== "application/json") {
      return sendHttpError(res, {
        status: 415,
        code: HttpErrorCode.UNSUPPORTED_MEDIA_TYPE,
        message: "A GraphQL POST must have Content-Type: application/json",
      });
    }
    next();
  };
}

/** The media type of a Content-Type header, without parameters, lower case. */
function mediaType(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(";")[0]?.trim().toLowerCase();
}
