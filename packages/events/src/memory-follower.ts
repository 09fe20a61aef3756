import type { Logger } from "@plateau/kernel";
import type { DeliveredEvent } from "./envelope.js";
import type { FollowOptions } from "./event-bus.js";
import type { MemoryStream } from "./memory-stream.js";

/**
 * Follows `stream` from its current end (no group, nothing acknowledged): hands `handler` every new
 * entry in order, at most `batchSize` at a time; a failing handler is logged and the follower goes on.
 */
export function followMemoryStream(
  stream: MemoryStream,
  handler: FollowOptions["handler"],
  { batchSize, logger }: { batchSize: number; logger: Logger },
): { stop(): Promise<void> } {
  // Sequence numbers survive trimming: the follower resumes after the last one it delivered.
  let next = stream.lastSeq + 1;
  let stopped = false;
  let waiting: { cancel: () => void } | undefined;
  const run = (async () => {
    while (!stopped) {
      const first = stream.entries[0];
      if (first && next < first.seq) next = first.seq;
      const batch: DeliveredEvent[] = [];
      while (batch.length < batchSize && next <= stream.lastSeq) {
        const entry = stream.entry(next++)!;
        batch.push({ ...structuredClone(entry.event), cursor: entry.cursor });
      }
      if (batch.length > 0) {
        try {
          await handler(batch);
        } catch (error) {
          logger.error("follower handler failed", { error });
        }
        continue;
      }
      const wait = stream.wait(5_000);
      waiting = wait;
      await wait.promise;
      waiting = undefined;
    }
  })();
  const follower = {
    stop: async () => {
      stopped = true;
      waiting?.cancel();
      await run;
    },
  };
  return follower;
}
