/** Limits of the WebSocket endpoint (docs/operations.md, "Environment variables"). */
export interface SubscriptionLimits {
  /** Subscriptions one connection may hold at once. */
  maxSubscriptionsPerConnection: number;
  /** Largest message a client may send, in bytes; a larger one closes the connection (1009). */
  maxMessageBytes: number;
  /** Results waiting for a slow connection before its subscription is ended. */
  maxQueuedPerSubscription: number;
  /** Subscribe-time authorization queries running at once (each shared by every subscriber asking it meanwhile). */
  checkConcurrency: number;
  /** Authorization queries waiting for a turn before a subscribe is refused with RATE_LIMITED and `retryAfter`. */
  maxWaitingChecks: number;
}

/** The limits in force where the gateway's options leave one out. */
export const DEFAULT_SUBSCRIPTION_LIMITS: SubscriptionLimits = {
  maxSubscriptionsPerConnection: 50,
  maxMessageBytes: 64 * 1024,
  maxQueuedPerSubscription: 1_000,
  checkConcurrency: 16,
  maxWaitingChecks: 5_000,
};
