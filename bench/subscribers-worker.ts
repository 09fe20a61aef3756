/**
 * The worker thread behind `bench:subscriptions`: opens graphql-ws connections to the gateway, one
 * subscription each, and records for every event that arrives how long after its commit it came.
 */
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import WebSocket from "ws";
import { createLiveClient, subscribe } from "@plateau/client";
import type { Client } from "graphql-ws";

/** What the main thread asks for. */
export interface SubscribersSpec {
  url: string;
  /** One entry per subscriber: whose token, which board. */
  subscribers: { token: string; projectId: string }[];
  query: string;
}

/** Messages to the main thread. */
export type SubscribersMessage =
  { kind: "subscribed"; count: number } | { kind: "report"; latenciesMs: number[]; errors: number; firstAt: number; lastAt: number };

if (!parentPort) throw new Error("subscribers-worker.ts runs only as a worker thread");
const port = parentPort;
const spec = workerData as SubscribersSpec;
const clients: Client[] = [];
const latenciesMs: number[] = [];
let errors = 0;
let firstAt = Infinity;
let lastAt = 0;

const opening = spec.subscribers.map(async ({ token, projectId }) => {
  const client = createLiveClient({ url: spec.url, token, webSocketImpl: WebSocket, retryAttempts: 0 });
  clients.push(client);
  const iterator = subscribe<{ boardChanged: { occurredAt: string } }>(client, spec.query, { projectId });
  void (async () => {
    try {
      for await (const result of iterator) {
        const now = performance.timeOrigin + performance.now();
        if (result.errors?.length || !result.data) {
          errors += 1;
          continue;
        }
        latenciesMs.push(now - Date.parse(result.data.boardChanged.occurredAt));
        firstAt = Math.min(firstAt, now);
        lastAt = now;
      }
    } catch {
      errors += 1;
    }
  })();
});
await Promise.all(opening);
port.postMessage({ kind: "subscribed", count: spec.subscribers.length } satisfies SubscribersMessage);

port.on("message", (message: "report" | "close") => {
  if (message === "report") {
    port.postMessage({ kind: "report", latenciesMs, errors, firstAt, lastAt } satisfies SubscribersMessage);
  } else {
    void Promise.all(clients.map((client) => client.dispose())).then(() => process.exit(0));
  }
});
