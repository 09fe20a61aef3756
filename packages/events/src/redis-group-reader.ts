import type { Redis } from "ioredis";
import type { Logger } from "@plateau/kernel";
import type { GroupEntry, GroupReader } from "./consumer-loop.js";
import type { SubscribeOptions } from "./event-bus.js";
import { entriesOf, toGroupEntry, type RawEntry } from "./redis-entries.js";

/** One consumer of one group, on its own connection. */
export class RedisGroupReader implements GroupReader {
  /** Where the next XAUTOCLAIM scan of the pending list continues. */
  private claimFrom = "0-0";

  constructor(
    private readonly connection: Redis,
    private readonly options: SubscribeOptions,
    private readonly logger: Logger,
    private readonly whenReady: (connection: Redis) => Promise<void>,
  ) {}

  async ensureGroup(): Promise<void> {
    await this.whenReady(this.connection);
    const start = this.options.startAt === "latest" ? "$" : "0";
    try {
      await this.connection.call("XGROUP", "CREATE", this.options.stream, this.options.group, start, "MKSTREAM");
    } catch (error) {
      if (!(error as Error).message.startsWith("BUSYGROUP")) throw error;
    }
  }

  async readPending(count: number): Promise<GroupEntry[]> {
    await this.whenReady(this.connection);
    const { stream, group, consumer } = this.options;
    const reply = await this.connection.call("XREADGROUP", "GROUP", group, consumer, "COUNT", count, "STREAMS", stream, "0");
    return entriesOf(reply).map((raw) => toGroupEntry(raw, this.logger));
  }

  async claimStale(minIdleMs: number, count: number): Promise<GroupEntry[]> {
    await this.whenReady(this.connection);
    const { stream, group, consumer } = this.options;
    const reply = (await this.connection.call("XAUTOCLAIM", stream, group, consumer, minIdleMs, this.claimFrom, "COUNT", count)) as [
      string,
      RawEntry[],
    ];
    this.claimFrom = reply[0];
    return reply[1].filter((raw) => raw !== null).map((raw) => toGroupEntry(raw, this.logger));
  }

  async readNew(count: number, blockMs: number): Promise<GroupEntry[]> {
    await this.whenReady(this.connection);
    const { stream, group, consumer } = this.options;
    const reply = await this.connection.call(
      "XREADGROUP",
      "GROUP",
      group,
      consumer,
      "COUNT",
      count,
      "BLOCK",
      blockMs,
      "STREAMS",
      stream,
      ">",
    );
    return entriesOf(reply).map((raw) => toGroupEntry(raw, this.logger));
  }

  async ack(cursors: string[]): Promise<void> {
    await this.connection.call("XACK", this.options.stream, this.options.group, ...cursors);
  }

  interrupt(): void {
    // Closing the connection ends the blocking read (rejected: no retries); the loop is stopping.
    this.connection.disconnect();
  }
}
