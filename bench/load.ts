/**
 * A closed-loop load generator: a fixed number of requests in flight, each loop sending its next request
 * as soon as the previous one is answered, until the time is up. Every response is checked, so a
 * benchmark never reports the speed of errors it did not mean to measure.
 */
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { errorCodes, execute } from "@plateau/client";
import { fetchBoardDirectly, type DirectBoardSpec } from "./direct-board.js";

/** One query sent over and over; plain data, so it can be posted to the load worker. */
export interface LoadSpec {
  url: string;
  query: string;
  /** Sent as `Authorization: Bearer <token>` when set. */
  token?: string;
  concurrency: number;
  durationMs: number;
  /** The error code every response must carry; without it, every response must have data and no errors. */
  expectErrorCode?: string;
  /** Instead of sending `query` to `url`: read this board with direct subgraph requests (see direct-board.ts). */
  directBoard?: DirectBoardSpec;
}

export interface LoadResult {
  /** Responses received (expected or not). */
  requests: number;
  /** Responses that did not look as `expectErrorCode` says. */
  unexpected: number;
  /** The first unexpected response, for the report. */
  firstUnexpected?: string;
  /** From the first request to the last response. */
  elapsedMs: number;
  latenciesMs: number[];
}

/** Runs `spec` in this thread. */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  let unexpected = 0;
  let firstUnexpected: string | undefined;
  const started = performance.now();
  const deadline = started + spec.durationMs;
  const loop = async () => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      let problem: string | undefined;
      try {
        // The direct flow throws on any error; a query's answer is checked against what is expected.
        if (spec.directBoard) await fetchBoardDirectly(spec.directBoard, spec.token ?? "");
        else {
          const result = await execute(spec.url, spec.query, { token: spec.token });
          const codes = errorCodes(result);
          const ok = spec.expectErrorCode
            ? codes.length > 0 && codes.every((code) => code === spec.expectErrorCode)
            : codes.length === 0 && !!result.data;
          if (!ok) problem = `HTTP ${result.status}: ${JSON.stringify({ data: result.data, errors: result.errors })}`;
        }
      } catch (error) {
        problem = String(error);
      }
      latenciesMs.push(performance.now() - sent);
      if (problem !== undefined) {
        unexpected += 1;
        firstUnexpected ??= problem;
      }
    }
  };
  await Promise.all(Array.from({ length: spec.concurrency }, loop));
  return { requests: latenciesMs.length, unexpected, firstUnexpected, elapsedMs: performance.now() - started, latenciesMs };
}

/** How to measure several loads against each other. */
export interface InterleavedPlan {
  /** Unmeasured time per load, before the first round. */
  warmupMs: number;
  /** Measured time per load, split evenly over the rounds. */
  durationMs: number;
  rounds: number;
}

/**
 * Measures `loads` against each other: each once unmeasured to warm up, then in `rounds` rounds that
 * each start with a different load, so drift (JIT, GC, a busy neighbour) falls on all of them alike.
 * Returns each load's per-round results, in the order given; throws on any unexpected response.
 */
export async function measureInterleaved<
  Spec extends { query: string; token?: string },
  Result extends Pick<LoadResult, "requests" | "unexpected" | "firstUnexpected">,
>(run: (spec: Spec & { durationMs: number }) => Promise<Result>, loads: readonly Spec[], plan: InterleavedPlan): Promise<Result[][]> {
  const checked = async (load: Spec, durationMs: number) => {
    const result = await run({ ...load, durationMs });
    if (result.unexpected > 0) {
      const who = load.token ? "with token" : "without token";
      throw new Error(
        `${load.query} ${who}: ${result.unexpected} of ${result.requests} responses unexpected, e.g. ${result.firstUnexpected}`,
      );
    }
    return result;
  };
  if (plan.warmupMs > 0) for (const load of loads) await checked(load, plan.warmupMs);
  const results = loads.map((): Result[] => []);
  const roundMs = Math.max(1, Math.round(plan.durationMs / plan.rounds));
  for (let round = 0; round < plan.rounds; round++) {
    for (let step = 0; step < loads.length; step++) {
      const index = (step + round) % loads.length;
      results[index]!.push(await checked(loads[index]!, roundMs));
    }
  }
  return results;
}

/**
 * Load generation in a worker thread, so the client's own work (serialising, parsing, bookkeeping) runs
 * on another core than the graph it measures, which shares the main thread.
 */
export class LoadWorker {
  private readonly worker = new Worker(new URL("./load-worker.ts", import.meta.url));

  /** Runs one load in the worker; loads run one after another. */
  run(spec: LoadSpec): Promise<LoadResult> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error) => {
        this.worker.off("message", onMessage);
        reject(error);
      };
      const onMessage = (result: LoadResult) => {
        this.worker.off("error", onError);
        resolve(result);
      };
      this.worker.once("message", onMessage);
      this.worker.once("error", onError);
      this.worker.postMessage(spec);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
