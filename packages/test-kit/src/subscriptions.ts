import type { ExecutionResult } from "@plateau/client";

/** Everything a subscription delivered so far, read while it keeps running. */
export interface Collected<TData> {
  /** Results in the order they arrived. */
  readonly results: Omit<ExecutionResult<TData>, "status">[];
  /** The data of each result that has some. */
  data(): TData[];
  /** Set when the server refused or failed the subscription (the errors it sent). */
  readonly failure: { current: unknown };
  /** True once the subscription ended (completed, refused or returned). */
  readonly ended: { current: boolean };
  /** Ends the subscription. */
  stop(): Promise<void>;
}

/** Reads a subscription's iterator in the background, so a test can act and then look at what came. */
export function collect<TData>(iterator: AsyncIterableIterator<Omit<ExecutionResult<TData>, "status">>): Collected<TData> {
  const results: Omit<ExecutionResult<TData>, "status">[] = [];
  const failure = { current: undefined as unknown };
  const ended = { current: false };
  void (async () => {
    try {
      for await (const result of iterator) results.push(result);
    } catch (error) {
      failure.current = error;
    } finally {
      ended.current = true;
    }
  })();
  return {
    results,
    failure,
    ended,
    data: () => results.flatMap((result) => (result.data ? [result.data] : [])),
    stop: async () => {
      await iterator.return?.();
    },
  };
}
