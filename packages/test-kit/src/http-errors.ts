/** An HTTP-level error response as a client sees it (docs/api/errors.md, "HTTP errors"). */
export interface HttpErrorResponse {
  status: number;
  contentType: string | null;
  /** The first error's code, message and request id (a 500 carries one). */
  code: unknown;
  message: unknown;
  requestId: unknown;
  /** How many errors the body holds. */
  errorCount: number;
  /** The raw body, to look for what must never be in it. */
  text: string;
  headers: Headers;
}

/** Reads a response that should be a JSON GraphQL error; a body that is not JSON keeps `code` undefined. */
export async function readHttpError(response: Response): Promise<HttpErrorResponse> {
  const text = await response.text();
  let errors: { message?: unknown; extensions?: Record<string, unknown> }[] = [];
  try {
    errors = (JSON.parse(text) as { errors?: typeof errors }).errors ?? [];
  } catch {
    // Not JSON: the fields below stay undefined and the test's expectations say what was wrong.
  }
  const first = errors[0];
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    code: first?.extensions?.code,
    message: first?.message,
    requestId: first?.extensions?.requestId,
    errorCount: errors.length,
    text,
    headers: response.headers,
  };
}

/** What must never reach a client: stack frames, absolute paths, HTML, the framework's or runtime's name and version. */
const INTERNALS: [string, RegExp][] = [
  ["stack frame", /\bat \S+ \(|\bat (?:file:)?\/\S+:\d+/],
  ["absolute path", /(?:^|[\s"'(])\/(?:home|root|usr|srv|tmp|work|app|opt|var)\//],
  ["node_modules", /node_modules/],
  ["HTML", /<(?:!doctype|html|body|pre)\b/i],
  ["Express", /express/i],
  ["version", /\bv?\d+\.\d+\.\d+\b|node\.js|Node\//i],
  ["stacktrace extension", /stacktrace/i],
];

/** The kinds of internal detail a response body or header set gives away; empty when it gives none. */
export function leakedInternals(text: string, headers?: Headers): string[] {
  const found = INTERNALS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
  if (headers?.has("x-powered-by")) found.push("x-powered-by header");
  if (headers?.get("server")) found.push("server header");
  return found;
}
