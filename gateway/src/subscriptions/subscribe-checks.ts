import { ErrorCode } from "@plateau/kernel";
import { problem } from "./problems.js";

/** How many subscribe-time checks run at once, and how many more may wait for a turn. */
export interface SubscribeCheckLimits {
  /** Distinct checks (queries through the gateway) running at once. */
  concurrency: number;
  /** Distinct checks waiting for a turn; beyond that a subscribe is refused with `retryAfter`. */
  maxWaiting: number;
}

/** What {@link SubscribeChecks.load} reports. */
export interface SubscribeCheckLoad {
  running: number;
  waiting: number;
  asking: number;
}

/**
 * The checks a subscription meets when it starts (the query that must find the watched project or
 * task as the subscriber), shared and admitted with bounded concurrency, so a reconnect storm (every
 * client of a restarted gateway subscribing again at once) costs one check per topic and reader
 * scope, not one per subscriber, and never more than `concurrency` queries in flight:
 * - subscribers asking the same check (the same key) while it runs or waits share its answer;
 * - at most `concurrency` distinct checks run at once, the rest wait in arrival order;
 * - when `maxWaiting` checks already wait, a new one is refused at once with RATE_LIMITED and
 *   `retryAfter` (seconds): the client subscribes again after it (the typed client backs off with
 *   jitter), instead of every request timing out together.
 * Answers are not kept once given: a check made after a change (a project deleted, a member removed)
 * sees it.
 */
export class SubscribeChecks<T> {
  private readonly shared = new Map<string, Promise<T>>();
  private readonly waiting: (() => void)[] = [];
  private running = 0;
  /** Requests awaiting an answer, sharing included. */
  private asking = 0;

  constructor(private readonly limits: SubscribeCheckLimits) {}

  /** The answer of the check `key`, shared with everyone asking it meanwhile; `check` runs when admitted. */
  run(key: string, check: () => Promise<T>): Promise<T> {
    const pending = this.shared.get(key);
    if (pending) return this.asked(pending);
    if (this.running >= this.limits.concurrency && this.waiting.length >= this.limits.maxWaiting) {
      // A rough time until the queue ahead has drained: at least a second, spread by the client's jitter.
      const retryAfter = Math.max(1, Math.ceil(this.waiting.length / Math.max(this.limits.concurrency * 20, 1)));
      return Promise.reject(
        problem(ErrorCode.RATE_LIMITED, `The gateway is starting many subscriptions right now: subscribe again in ${retryAfter} s`, {
          retryAfter,
        }),
      );
    }
    const answer = this.admitted().then(async () => {
      try {
        return await check();
      } finally {
        this.release();
      }
    });
    const shared = answer.finally(() => this.shared.delete(key));
    this.shared.set(key, shared);
    return this.asked(shared);
  }

  /** Distinct checks running and waiting now, and the subscribe requests awaiting them. */
  get load(): SubscribeCheckLoad {
    return { running: this.running, waiting: this.waiting.length, asking: this.asking };
  }

  private asked(answer: Promise<T>): Promise<T> {
    this.asking += 1;
    return answer.finally(() => (this.asking -= 1));
  }

  private admitted(): Promise<void> {
    if (this.running < this.limits.concurrency) {
      this.running += 1;
      return Promise.resolve();
    }
    // The turn passes straight from a finishing check to the next waiting one: `running` stays counted.
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }
}
