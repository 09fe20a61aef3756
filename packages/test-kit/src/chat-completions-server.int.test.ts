import OpenAI, { APIConnectionTimeoutError, InternalServerError, RateLimitError } from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { startChatCompletionsServer, type ChatCompletionsServer } from "./chat-completions-server.js";

/** The test server, driven through the real `openai` SDK as the application drives a model. */
let server: ChatCompletionsServer;
beforeAll(async () => {
  server = await startChatCompletionsServer();
});
afterAll(() => server?.close());

const Summary = z.object({ headline: z.string(), confidence: z.number() });
const client = (options: Partial<ConstructorParameters<typeof OpenAI>[0]> = {}) =>
  new OpenAI({ apiKey: "test-key", baseURL: server.baseURL, maxRetries: 0, ...options });
const ask = (sdk: OpenAI) =>
  sdk.chat.completions.parse({
    model: "gpt-test",
    messages: [{ role: "user", content: "Summarise the project" }],
    response_format: zodResponseFormat(Summary, "summary"),
  });

describe("the chat-completions test server", () => {
  it("answers a structured output the SDK parses, and records the request the SDK built", async () => {
    const before = server.requests.length;
    server.enqueue({
      kind: "json",
      content: { headline: "On track", confidence: 0.8 },
      usage: { promptTokens: 120, completionTokens: 12 },
    });
    const result = await ask(client());
    expect(result.choices[0]!.message.parsed).toEqual({ headline: "On track", confidence: 0.8 });
    expect(result.usage).toMatchObject({ prompt_tokens: 120, completion_tokens: 12, total_tokens: 132 });
    expect(result.model).toBe("gpt-test");
    const [request] = server.requests.slice(before);
    expect(request!.headers.authorization).toBe("Bearer test-key");
    expect(request!.body).toMatchObject({
      model: "gpt-test",
      messages: [{ role: "user", content: "Summarise the project" }],
      response_format: { type: "json_schema", json_schema: { name: "summary", strict: true } },
    });
  });

  it("passes malformed content through, which the SDK's parser rejects", async () => {
    server.enqueue({ kind: "text", content: '{"headline": "On tr' });
    await expect(ask(client())).rejects.toThrow();
  });

  it("answers a refusal: no content, no parsed value, the model's reason", async () => {
    server.enqueue({ kind: "refusal", refusal: "I can't help with that." });
    const message = (await ask(client())).choices[0]!.message;
    expect(message).toMatchObject({ content: null, refusal: "I can't help with that.", parsed: null });
  });

  it("says when to retry after a 429, which the SDK honours before succeeding", async () => {
    const before = server.requests.length;
    server.enqueue(
      { kind: "error", status: 429, retryAfterSeconds: 0.05 },
      { kind: "json", content: { headline: "Later", confidence: 1 } },
    );
    const result = await ask(client({ maxRetries: 1 }));
    expect(result.choices[0]!.message.parsed).toEqual({ headline: "Later", confidence: 1 });
    expect(server.requests.length - before).toBe(2);

    server.enqueue({ kind: "error", status: 429, retryAfterSeconds: 7 });
    const refused = await ask(client()).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimitError);
    expect((refused as RateLimitError).headers?.get("retry-after")).toBe("7");
  });

  it("fails with a 500 the SDK reports as a server error", async () => {
    server.enqueue({ kind: "error", status: 500, message: "The engine is overloaded" });
    const failed = await ask(client()).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(InternalServerError);
    expect((failed as InternalServerError).status).toBe(500);
  });

  it("answers slower than the client's timeout, which the SDK reports as a timeout", async () => {
    server.enqueue({ kind: "slow", delayMs: 2_000, then: { kind: "json", content: { headline: "Too late", confidence: 0 } } });
    await expect(ask(client({ timeout: 100 }))).rejects.toBeInstanceOf(APIConnectionTimeoutError);
  });

  it("refuses what a real endpoint refuses: no key, a wrong path", async () => {
    const response = await fetch(`${server.baseURL}/chat/completions`, { method: "POST", body: "{}" });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { message: "No API key was provided" } });
    const elsewhere = await fetch(`${server.baseURL}/models`, { headers: { authorization: "Bearer k" } });
    expect(elsewhere.status).toBe(404);
  });
});
