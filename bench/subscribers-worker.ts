/**
 * The worker thread behind `bench:subscriptions`: opens graphql-ws connections to the gateway, one
 * subscription each, and records when each event arrives at each subscriber (the main thread knows
 * when it committed).
 */
import { parentPort, workerData } from "node:worker_threads";
import WebSocket from "ws";
import { createLiveClient, subscribe } from "@plateau/client";
import { epochNow } from "./commit-clock.js";
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
  { kind: "subscribed"; count: number } | { kind: "report"; arrivals: Record<string, number[]>; delivered: number; errors: number };

if (!parentPort) throw new Error("subscribers-worker.ts runs only as a worker thread");
const port = parentPort;
const spec = workerData as SubscribersSpec;
const clients: Client[] = [];
/** Arrival times (epoch ms) by event id, one per subscriber that received it. */
const arrivals: Record<string, number[]> = {};
let delivered = 0;
let errors = 0;

const opening = spec.subscribers.map(async ({ token, projectId }) => {
  const client = createLiveClient({ url: spec.url, token, webSocketImpl: WebSocket, retryAttempts: 0 });
  clients.push(client);
  const iterator = subscribe<{ boardChanged: { eventId: string } }>(client, spec.query, { projectId });
  void (async () => {
    try {
      for await (const result of iterator) {
        const now = epochNow();
        if (result.errors?.length || !result.data) {
          errors += 1;
          continue;
        }
        (arrivals[result.data.boardChanged.eventId] ??= []).push(now);
        delivered += 1;
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
    port.postMessage({ kind: "report", arrivals, delivered, errors } satisfies SubscribersMessage);
  } else {
    void Promise.all(clients.map((client) => client.dispose())).then(() => process.exit(0));
  }
});
