import type { ExecutionResult } from "graphql";
import { identityEvents, streamName, type DeliveredEvent, type EventBus, type Subscription } from "@plateau/events";
import type { Logger } from "@plateau/kernel";
import { SUBSCRIPTIONS, subscribedStreams, topicsOfEvent } from "./catalogue.js";
import type { LiveSubscription } from "./live-subscription.js";

/** A session ended by identity: this session, or every session of a user except one. */
export type SessionEnd = { sessionId: string; reason: string } | { userId: string; exceptSessionId: string | null; reason: string };

const { security } = identityEvents;

/** identity's events that end sessions, and what each ends. */
function sessionEndOf(event: DeliveredEvent): SessionEnd | null {
  const sessionId = typeof event.data.sessionId === "string" ? event.data.sessionId : null;
  switch (event.type) {
    case security.LOGOUT.name:
      return sessionId ? { sessionId, reason: "You logged out" } : null;
    case security.SESSION_REVOKED.name:
      return sessionId ? { sessionId, reason: "Your session was revoked" } : null;
    case security.REFRESH_TOKEN_REUSE.name:
      return sessionId ? { sessionId, reason: "Your session was revoked: its refresh token was used twice" } : null;
    case security.PASSWORD_CHANGED.name:
    case security.PASSWORD_RESET.name:
      // Both revoke the user's other sessions; the one named in the event is the one that stays.
      return { userId: event.subject.id, exceptSessionId: sessionId, reason: "Your password changed: your other sessions were revoked" };
    default:
      return null;
  }
}

/** How many event ids per stream are remembered to drop a republished duplicate. */
const RECENT_IDS = 10_000;

/**
 * The gateway's one reader of the event streams: follows every stream its subscriptions need (no
 * consumer group: every gateway instance sees every event and serves its own subscribers), and hands
 * each event to the subscriptions watching its topic. An event is resolved once per group of
 * subscribers that would get the same result, then fanned out. Events seen before (the outbox
 * relays at least once) are dropped by id.
 */
export class EventFeed {
  private readonly topics = new Map<string, Set<LiveSubscription>>();
  private readonly followers: Subscription[] = [];
  /** Recent event ids per stream, oldest first (a Set keeps insertion order). */
  private readonly recent = new Map<string, Set<string>>();

  constructor(
    private readonly bus: EventBus,
    private readonly logger: Logger,
    private readonly onSessionEnd: (end: SessionEnd) => void,
  ) {}

  /**
   * Starts following; resolves once every stream is followed from its current end, or after
   * `readyWaitMs` when the bus is down (the gateway still serves HTTP; followers catch up when the bus
   * is back, and nothing can be published to it meanwhile).
   */
  async start(readyWaitMs = 3_000): Promise<void> {
    const streams = [...subscribedStreams(), streamName("identity")];
    for (const stream of new Set(streams)) {
      this.followers.push(this.bus.follow({ stream, handler: (events) => this.dispatch(stream, events) }));
    }
    let timer: NodeJS.Timeout | undefined;
    const ready = await Promise.race([
      Promise.all(this.followers.map((follower) => follower.ready)).then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), readyWaitMs))),
    ]);
    clearTimeout(timer);
    if (!ready) this.logger.warn("the event bus is not reachable: subscriptions start once it is");
  }

  /** Adds a subscription to its topic: live events reach it from now on. */
  register(subscription: LiveSubscription): void {
    const key = topicKey(subscription.field, subscription.topic);
    let subscribers = this.topics.get(key);
    if (!subscribers) this.topics.set(key, (subscribers = new Set()));
    subscribers.add(subscription);
  }

  unregister(subscription: LiveSubscription): void {
    const key = topicKey(subscription.field, subscription.topic);
    const subscribers = this.topics.get(key);
    subscribers?.delete(subscription);
    if (subscribers?.size === 0) this.topics.delete(key);
  }

  /** How many subscriptions are live (the health report). */
  get size(): number {
    let count = 0;
    for (const subscribers of this.topics.values()) count += subscribers.size;
    return count;
  }

  private dispatch(stream: string, events: DeliveredEvent[]): void {
    for (const event of events) {
      if (this.seenBefore(stream, event.id)) continue;
      const ended = sessionEndOf(event);
      if (ended) this.onSessionEnd(ended);
      for (const [field, spec] of Object.entries(SUBSCRIPTIONS)) {
        if (spec.stream !== stream) continue;
        // One resolution per share key, made only if some subscriber takes the event.
        const shared = new Map<string, Promise<ExecutionResult>>();
        for (const topic of topicsOfEvent(spec, event)) {
          const subscribers = this.topics.get(topicKey(field, topic));
          if (!subscribers) continue;
          for (const subscription of [...subscribers]) {
            subscription.offer(event, () => {
              let result = shared.get(subscription.shareKey);
              if (!result) shared.set(subscription.shareKey, (result = subscription.resolve(event)));
              return result;
            });
          }
        }
      }
    }
  }

  private seenBefore(stream: string, id: string): boolean {
    let recent = this.recent.get(stream);
    if (!recent) this.recent.set(stream, (recent = new Set()));
    if (recent.has(id)) return true;
    recent.add(id);
    if (recent.size > RECENT_IDS) recent.delete(recent.values().next().value!);
    return false;
  }

  async stop(): Promise<void> {
    await Promise.all(this.followers.splice(0).map((follower) => follower.close()));
  }
}

const topicKey = (field: string, topic: string) => `${field}:${topic}`;
