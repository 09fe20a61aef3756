/**
 * The subscribers' process behind `bench:subscriptions` (a process of its own: 10,000 sockets on each
 * side would pass one process's open-file limit): opens graphql-ws connections to the gateway, one
 * subscription each, all at once, and records when each event arrives at each subscriber (the main
 * thread knows when it committed). Each subscriber follows its board with the typed client's
 * `followLive`: when its socket drops (a gateway restart) it subscribes again after a jittered
 * back-off with `after:` its last cursor, as an SPA does, so what was committed meanwhile still arrives.
 * The query declares `$acknowledge`, so each subscription's first result is SUBSCRIBED: its cursor is one to
 * resume after even before the first move; they are counted per subscriber, apart from the moves.
 */
import WebSocket from "ws";
import { createLiveClient, followLive, isAcknowledgement } from "@plateau/client";
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
  | { kind: "subscribed"; count: number }
  | {
      kind: "report";
      /** Arrival times (epoch ms) by event id, one per subscriber that received it. */
      arrivals: Record<string, number[]>;
      delivered: number;
      errors: number;
      /** Per subscriber (in the order given): the distinct events it received, and the repeats. */
      received: number[];
      repeats: number[];
      /** Per subscriber: the SUBSCRIBED acknowledgements it received (one per subscribe). */
      acknowledged: number[];
    };

type BoardChanged = { boardChanged: { eventId: string; cursor: string } };

if (!process.send)
  throw new Error("subscribers-worker.ts runs only as a child process with an IPC channel (bench/subscriptions.ts forks it)");
const send = (message: SubscribersMessage) => process.send!(message);
// The first message is what to open.
const spec = await new Promise<SubscribersSpec>((resolve) => process.once("message", (message) => resolve(message as SubscribersSpec)));
const clients: Client[] = [];
const arrivals: Record<string, number[]> = {};
const seen = spec.subscribers.map(() => new Set<string>());
const repeats = spec.subscribers.map(() => 0);
const acknowledged = spec.subscribers.map(() => 0);
let delivered = 0;
let errors = 0;

spec.subscribers.forEach(({ token, projectId }, index) => {
  // retryAttempts 0: followLive reconnects itself, resuming after its last cursor.
  const client = createLiveClient({ url: spec.url, token, webSocketImpl: WebSocket, retryAttempts: 0 });
  clients.push(client);
  const iterator = followLive<BoardChanged, { projectId: string; after?: string | null; acknowledge?: boolean }>(
    client,
    spec.query,
    { projectId },
    { cursorOf: (data) => data.boardChanged.cursor, includeAcknowledgements: true },
  );
  void (async () => {
    try {
      for await (const result of iterator) {
        const now = epochNow();
        if (result.errors?.length || !result.data) {
          errors += 1;
          continue;
        }
        if (isAcknowledgement(result.data)) {
          acknowledged[index]! += 1;
          continue;
        }
        const { eventId } = result.data.boardChanged;
        if (seen[index]!.has(eventId)) {
          repeats[index]! += 1;
          continue;
        }
        seen[index]!.add(eventId);
        (arrivals[eventId] ??= []).push(now);
        delivered += 1;
      }
    } catch {
      errors += 1;
    }
  })();
});
send({ kind: "subscribed", count: spec.subscribers.length });

process.on("message", (message: "report" | "close") => {
  if (message === "report") {
    send({
      kind: "report",
      arrivals,
      delivered,
      errors,
      received: seen.map((ids) => ids.size),
      repeats,
      acknowledged,
    });
  } else {
    void Promise.all(clients.map((client) => client.dispose())).then(() => process.exit(0));
  }
});
