import type { GroupEntry, GroupReader } from "./consumer-loop.js";
import type { GroupState, MemoryStream } from "./memory-stream.js";

/** What a consumer gets for a pending entry: the event, or null once retention trimmed it. */
const toGroupEntry = (stream: MemoryStream, seq: number, cursor: string): GroupEntry => {
  const entry = stream.entry(seq);
  return { cursor, event: entry ? structuredClone(entry.event) : null };
};

/** One consumer's view of a group of a {@link MemoryStream}. */
export class MemoryGroupReader implements GroupReader {
  private waiting: { cancel: () => void } | undefined;

  constructor(
    private readonly stream: MemoryStream,
    private readonly group: string,
    private readonly consumer: string,
    private readonly startAt: "earliest" | "latest",
  ) {}

  private get state(): GroupState {
    const state = this.stream.groups.get(this.group);
    if (!state) throw new Error(`NOGROUP no group ${this.group}`);
    return state;
  }

  async ensureGroup(): Promise<void> {
    if (this.stream.groups.has(this.group)) return;
    const first = this.stream.entries[0];
    const lastDelivered = this.startAt === "latest" ? this.stream.lastSeq : first ? first.seq - 1 : this.stream.lastSeq;
    this.stream.groups.set(this.group, { lastDelivered, pending: new Map() });
  }

  async readPending(count: number): Promise<GroupEntry[]> {
    const now = Date.now();
    return [...this.state.pending]
      .filter(([, pending]) => pending.consumer === this.consumer)
      .sort(([a], [b]) => a - b)
      .slice(0, count)
      .map(([seq, pending]) => {
        // Like XREADGROUP with an id: a re-delivery restarts the idle clock.
        pending.deliveredAt = now;
        return toGroupEntry(this.stream, seq, pending.cursor);
      });
  }

  async claimStale(minIdleMs: number, count: number): Promise<GroupEntry[]> {
    const now = Date.now();
    const stale = [...this.state.pending]
      .filter(([, pending]) => now - pending.deliveredAt >= minIdleMs)
      .sort(([a], [b]) => a - b)
      .slice(0, count);
    const claimed: GroupEntry[] = [];
    for (const [seq, pending] of stale) {
      // Like XAUTOCLAIM: entries trimmed away leave the pending list instead of being delivered.
      if (!this.stream.entry(seq)) {
        this.state.pending.delete(seq);
        continue;
      }
      Object.assign(pending, { consumer: this.consumer, deliveredAt: now });
      claimed.push(toGroupEntry(this.stream, seq, pending.cursor));
    }
    return claimed;
  }

  async readNew(count: number, blockMs: number): Promise<GroupEntry[]> {
    let taken = this.takeNew(count);
    if (taken.length > 0) return taken;
    const wait = this.stream.wait(blockMs);
    this.waiting = wait;
    await wait.promise;
    this.waiting = undefined;
    taken = this.takeNew(count);
    return taken;
  }

  private takeNew(count: number): GroupEntry[] {
    const state = this.state;
    const first = this.stream.entries[0];
    if (first && state.lastDelivered < first.seq - 1) state.lastDelivered = first.seq - 1;
    const now = Date.now();
    const taken: GroupEntry[] = [];
    while (taken.length < count && state.lastDelivered < this.stream.lastSeq) {
      state.lastDelivered += 1;
      const cursor = this.stream.entry(state.lastDelivered)!.cursor;
      state.pending.set(state.lastDelivered, { cursor, consumer: this.consumer, deliveredAt: now });
      taken.push(toGroupEntry(this.stream, state.lastDelivered, cursor));
    }
    return taken;
  }

  async ack(cursors: string[]): Promise<void> {
    const state = this.stream.groups.get(this.group);
    if (!state) return;
    const acked = new Set(cursors);
    for (const [seq, pending] of state.pending) if (acked.has(pending.cursor)) state.pending.delete(seq);
  }

  interrupt(): void {
    this.waiting?.cancel();
  }
}
