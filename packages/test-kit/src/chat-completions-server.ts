import http from "node:http";
import type { AddressInfo, Socket } from "node:net";

/**
 * A real HTTP server that speaks the OpenAI chat-completions protocol (`POST /v1/chat/completions`), for
 * testing code that calls a model through the `openai` SDK without reaching one: the SDK sends what it
 * would send to OpenAI or any compatible endpoint, and gets back what the test scripted, byte for byte
 * as such a server answers (a completion, a refusal, malformed content, a 429 with `retry-after`, a 500,
 * an answer slower than the client's timeout). Not a mock object: the SDK's own request building, retries,
 * timeouts and parsing all run.
 */

/** What the server answers to one request. */
export type ChatCompletionAnswer =
  /** A completion whose content is `content` serialised as JSON (a structured output). */
  | { kind: "json"; content: unknown; usage?: TokenUsage }
  /** A completion whose content is `content` as is (e.g. malformed JSON, or prose). */
  | { kind: "text"; content: string; usage?: TokenUsage; finishReason?: "stop" | "length" | "content_filter" }
  /** The model declines: `message.refusal` is set, `content` null. */
  | { kind: "refusal"; refusal: string }
  /** An HTTP error with the protocol's error body; 429s may say when to retry. */
  | { kind: "error"; status: number; message?: string; retryAfterSeconds?: number }
  /** `then`, after `delayMs` (to outlast a client's timeout). */
  | { kind: "slow"; delayMs: number; then: ChatCompletionAnswer };

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

/** A request as the server received it. */
export interface ReceivedChatRequest {
  /** The parsed JSON body: `model`, `messages`, `response_format`, … */
  body: Record<string, unknown>;
  /** Lower-case header names. */
  headers: http.IncomingHttpHeaders;
  receivedAt: Date;
}

export interface ChatCompletionsServer {
  /** The base URL to give the SDK (`new OpenAI({ baseURL })`), ending in `/v1`. */
  baseURL: string;
  /** Every request to the completions endpoint so far, oldest first. */
  requests: ReceivedChatRequest[];
  /** Queues answers for the next requests, in order; when the queue is empty, `fallback` answers. */
  enqueue(...answers: ChatCompletionAnswer[]): void;
  /** Answers every request the queue does not (default: a 500 saying nothing was scripted). */
  fallback: (request: ReceivedChatRequest) => ChatCompletionAnswer;
  close(): Promise<void>;
}

/** A rough token count, as a server reports usage: about four characters a token. */
const tokensIn = (text: string): number => Math.max(1, Math.ceil(text.length / 4));

function completion(request: ReceivedChatRequest, message: Record<string, unknown>, finishReason: string, usage?: TokenUsage) {
  const prompt = usage?.promptTokens ?? tokensIn(JSON.stringify(request.body.messages ?? []));
  const completionTokens = usage?.completionTokens ?? tokensIn(String(message.content ?? message.refusal ?? ""));
  return {
    id: `chatcmpl-${Math.random().toString(36).slice(2, 14)}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: typeof request.body.model === "string" ? request.body.model : "unknown",
    choices: [{ index: 0, message: { role: "assistant", refusal: null, ...message }, logprobs: null, finish_reason: finishReason }],
    usage: { prompt_tokens: prompt, completion_tokens: completionTokens, total_tokens: prompt + completionTokens },
  };
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

function sendError(res: http.ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  const type = status === 429 ? "rate_limit_exceeded" : status >= 500 ? "server_error" : "invalid_request_error";
  send(res, status, { error: { message, type, param: null, code: type } }, headers);
}

/** Starts the server on a free port of 127.0.0.1. */
export async function startChatCompletionsServer(): Promise<ChatCompletionsServer> {
  const queue: ChatCompletionAnswer[] = [];
  const requests: ReceivedChatRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const answer = (res: http.ServerResponse, request: ReceivedChatRequest, scripted: ChatCompletionAnswer): void => {
    switch (scripted.kind) {
      case "json":
        return send(res, 200, completion(request, { content: JSON.stringify(scripted.content) }, "stop", scripted.usage));
      case "text":
        return send(res, 200, completion(request, { content: scripted.content }, scripted.finishReason ?? "stop", scripted.usage));
      case "refusal":
        return send(res, 200, completion(request, { content: null, refusal: scripted.refusal }, "stop"));
      case "error": {
        const headers: Record<string, string> = {};
        if (scripted.retryAfterSeconds !== undefined) {
          headers["retry-after"] = String(Math.ceil(scripted.retryAfterSeconds));
          headers["retry-after-ms"] = String(Math.round(scripted.retryAfterSeconds * 1000));
        }
        return sendError(res, scripted.status, scripted.message ?? `Scripted ${scripted.status}`, headers);
      }
      case "slow": {
        const timer = setTimeout(() => {
          timers.delete(timer);
          answer(res, request, scripted.then);
        }, scripted.delayMs);
        timers.add(timer);
        return;
      }
    }
  };

  const server: ChatCompletionsServer = {
    baseURL: "",
    requests,
    enqueue: (...answers) => void queue.push(...answers),
    fallback: () => ({ kind: "error", status: 500, message: "The test scripted no answer for this request" }),
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };

  const httpServer = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      if (req.method !== "POST" || req.url?.split("?")[0] !== "/v1/chat/completions") {
        return sendError(res, 404, `No route ${req.method} ${req.url}`);
      }
      if (!/^Bearer \S+/.test(req.headers.authorization ?? "")) return sendError(res, 401, "No API key was provided");
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
      } catch {
        return sendError(res, 400, "The body is not valid JSON");
      }
      if (typeof body.model !== "string" || !Array.isArray(body.messages))
        return sendError(res, 400, "`model` and `messages` are required");
      if (body.stream === true) return sendError(res, 400, "This test server does not stream");
      const request: ReceivedChatRequest = { body, headers: req.headers, receivedAt: new Date() };
      requests.push(request);
      answer(res, request, queue.shift() ?? server.fallback(request));
    });
  });
  httpServer.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  server.baseURL = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/v1`;
  return server;
}
