import type { DomainEvent } from "./envelope.js";

/** One event of a {@link MemoryStream}, with its sequence number and Redis-style cursor. */
export interface Entry {
  seq: number;
  cursor: string;
  event: DomainEvent;
}

export interface PendingEntry {
  cursor: string;
  consumer: string;
  deliveredAt: number;
}

export interface GroupState {
  /** Sequence number of the last entry handed to a consumer. */
  lastDelivered: number;
  pending: Map<number, PendingEntry>;
}

/** One stream: entries in order (the oldest trimmed past retention), its groups, and waiting readers. */
export class MemoryStream {
  readonly entries: Entry[] = [];
  readonly groups = new Map<string, GroupState>();
  private nextSeq = 1;
  private lastMs = 0;
  private lastMsSeq = 0;
  private waiters = new Set<() => void>();
  /** The first cursor ever appended, and the last one retention trimmed: what replay can trust. */
  firstCursor: string | null = null;
  trimmedThrough: string | null = null;

  append(event: DomainEvent, retention: number): string {
    // Redis-style ids: milliseconds, then a sequence within the millisecond; never going backwards.
    const now = Date.now();
    if (now > this.lastMs) {
      this.lastMs = now;
      this.lastMsSeq = 0;
    } else {
      this.lastMsSeq += 1;
    }
    const cursor = `${this.lastMs}-${this.lastMsSeq}`;
    this.entries.push({ seq: this.nextSeq++, cursor, event });
    this.firstCursor ??= cursor;
    if (this.entries.length > retention) {
      const trimmed = this.entries.splice(0, this.entries.length - retention);
      this.trimmedThrough = trimmed.at(-1)!.cursor;
    }
    return cursor;
  }

  /** The entry with sequence number `seq`, or undefined once trimmed. */
  entry(seq: number): Entry | undefined {
    const first = this.entries[0];
    return first ? this.entries[seq - first.seq] : undefined;
  }

  get lastSeq(): number {
    return this.nextSeq - 1;
  }

  /** Wakes every reader waiting for new entries. */
  notify(): void {
    const waiters = [...this.waiters];
    this.waiters.clear();
    for (const wake of waiters) wake();
  }

  /** Resolves on the next append or after `ms`; returns a function that resolves it early. */
  wait(ms: number): { promise: Promise<void>; cancel: () => void } {
    let cancel!: () => void;
    const promise = new Promise<void>((resolve) => {
      const timer = setTimeout(finish, ms);
      const waiters = this.waiters;
      function finish() {
        clearTimeout(timer);
        waiters.delete(finish);
        resolve();
      }
      this.waiters.add(finish);
      cancel = finish;
    });
    return { promise, cancel };
  }
}
