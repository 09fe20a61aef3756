import type { Logger } from "@plateau/kernel";
import type { BusOptions, EventBus } from "./event-bus.js";
import { InProcessEventBus } from "./in-process-event-bus.js";
import { RedisEventBus } from "./redis-event-bus.js";

export interface CreateEventBusOptions extends BusOptions {
  /** Redis for the bus; without it, an in-process bus (one process only: the embedded mode). */
  redisUrl?: string;
  logger: Logger;
}

/** The bus a deployment asks for: Redis Streams when `redisUrl` is set, otherwise in-process. */
export function createEventBus(options: CreateEventBusOptions): EventBus {
  const { redisUrl, ...rest } = options;
  return redisUrl ? new RedisEventBus({ ...rest, url: redisUrl }) : new InProcessEventBus(rest);
}
