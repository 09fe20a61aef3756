import type { Redis } from "ioredis";
import type { Logger } from "@plateau/kernel";
import type { FollowOptions } from "./event-bus.js";
import { toGroupEntry, type RawEntry } from "./redis-entries.js";

/** How a follower reads: batch size, how long one blocking read waits, and the connection's readiness. */
export interface RedisFollowSettings {
  batchSize: number;
  blockMs: number;
  logger: Logger;
  whenReady: (connection: Redis) => Promise<void>;
}

/**
 * Follows `options.stream` on `connection` from where it ends when the follower starts (`ready`
 * then), with XREAD and no group: hands the handler every new event in order; a failing handler is
 * logged and the follower goes on; a failing read is retried with a short backoff.
 */
export function followRedisStream(
  connection: Redis,
  options: FollowOptions,
  { batchSize, blockMs, logger, whenReady }: RedisFollowSettings,
): { ready: Promise<void>; stop(): Promise<void> } {
  let stopped = false;
  let resolveReady!: () => void;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const run = (async () => {
    let last: string | undefined;
    let failures = 0;
    while (!stopped) {
      try {
        await whenReady(connection);
        if (last === undefined) {
          // Where the stream ends now: events from here on are this follower's.
          const newest = (await connection.xrevrange(options.stream, "+", "-", "COUNT", 1)) as RawEntry[];
          last = newest[0]?.[0] ?? "0-0";
          resolveReady();
        }
        const reply = (await connection.call("XREAD", "COUNT", batchSize, "BLOCK", blockMs, "STREAMS", options.stream, last)) as
          [string, RawEntry[]][] | null;
        failures = 0;
        const entries = reply?.[0]?.[1] ?? [];
        if (entries.length === 0) continue;
        last = entries.at(-1)![0];
        const events = entries.flatMap((raw) => {
          const { cursor, event } = toGroupEntry(raw, logger);
          return event ? [{ ...event, cursor }] : [];
        });
        if (events.length === 0) continue;
        try {
          await options.handler(events);
        } catch (error) {
          logger.error("follower handler failed", { error });
        }
      } catch (error) {
        if (stopped) break;
        failures += 1;
        if (failures === 1) logger.warn("following the stream failed; retrying", { error });
        await pause(Math.min(100 * 2 ** Math.min(failures, 4), 1_000));
      }
    }
  })();
  return {
    ready,
    stop: async () => {
      stopped = true;
      connection.disconnect();
      await run;
      resolveReady();
    },
  };
}
