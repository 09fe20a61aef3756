import { describe, expect, it } from "vitest";
import { SubscribeChecks } from "./subscribe-checks.js";

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** A check the test finishes by hand, counting how often it ran. */
function controlled() {
  let runs = 0;
  const finishers: ((value: string) => void)[] = [];
  const check = (answer: string) => () => {
    runs += 1;
    return new Promise<string>((resolve) => finishers.push(() => resolve(answer)));
  };
  return { check, runs: () => runs, finishers: finishers as ((value: string) => void)[] };
}

describe("subscribe-time checks", () => {
  it("runs one check for everyone asking the same key while it runs, and a new one once it answered", async () => {
    const checks = new SubscribeChecks<string>({ concurrency: 4, maxWaiting: 10 });
    let runs = 0;
    let finish!: (value: string) => void;
    const check = () => {
      runs += 1;
      return new Promise<string>((resolve) => (finish = resolve));
    };
    const answers = Promise.all(Array.from({ length: 1_000 }, () => checks.run("board-1:MEMBER", check)));
    await tick();
    finish("found");
    expect(await answers).toEqual(Array.from({ length: 1_000 }, () => "found"));
    expect(runs).toBe(1);
    // Answers are not kept: a later subscriber is checked again (the project may be gone by then).
    const later = checks.run("board-1:MEMBER", check);
    await tick();
    finish("gone");
    expect(await later).toBe("gone");
    expect(runs).toBe(2);
  });

  it("runs at most `concurrency` distinct checks at once; the others wait their turn in order", async () => {
    const checks = new SubscribeChecks<string>({ concurrency: 2, maxWaiting: 10 });
    const started: string[] = [];
    const finishers = new Map<string, () => void>();
    const check = (key: string) => () => {
      started.push(key);
      return new Promise<string>((resolve) => finishers.set(key, () => resolve(key)));
    };
    const answers = ["a", "b", "c", "d"].map((key) => checks.run(key, check(key)));
    await tick();
    expect(started).toEqual(["a", "b"]);
    expect(checks.load).toEqual({ running: 2, waiting: 2, asking: 4 });
    finishers.get("b")!();
    await expect(answers[1]).resolves.toBe("b");
    await tick();
    expect(started).toEqual(["a", "b", "c"]);
    finishers.get("a")!();
    finishers.get("c")!();
    await tick();
    finishers.get("d")!();
    expect(await Promise.all(answers)).toEqual(["a", "b", "c", "d"]);
    expect(checks.load).toEqual({ running: 0, waiting: 0, asking: 0 });
  });

  it("refuses with RATE_LIMITED and retryAfter once `maxWaiting` distinct checks wait, but still shares a waiting one", async () => {
    const checks = new SubscribeChecks<string>({ concurrency: 1, maxWaiting: 2 });
    const { check, finishers, runs } = controlled();
    const first = checks.run("a", check("a"));
    const waiting = [checks.run("b", check("b")), checks.run("c", check("c"))];
    const refused = checks.run("d", check("d"));
    await expect(refused).rejects.toMatchObject({ extensions: { code: "RATE_LIMITED", retryAfter: expect.any(Number) } });
    const error = (await refused.catch((e: unknown) => e)) as { extensions: { retryAfter: number } };
    expect(error.extensions.retryAfter).toBeGreaterThanOrEqual(1);
    // Asking a check that already waits costs no place in the queue, and gets its answer.
    const joined = checks.run("b", check("b"));
    expect(checks.load).toEqual({ running: 1, waiting: 2, asking: 4 });
    while (finishers.length > 0 || checks.load.running > 0) {
      finishers.shift()?.("");
      await tick();
    }
    expect(await Promise.all([first, ...waiting, joined])).toEqual(["a", "b", "c", "b"]);
    expect(runs()).toBe(3);
  });

  it("passes a failed check's error to everyone who shared it, and frees its turn", async () => {
    const checks = new SubscribeChecks<string>({ concurrency: 1, maxWaiting: 1 });
    const failing = () => Promise.reject(new Error("fetch failed"));
    const shared = [checks.run("a", failing), checks.run("a", failing)];
    for (const answer of shared) await expect(answer).rejects.toThrow("fetch failed");
    await expect(checks.run("b", async () => "next")).resolves.toBe("next");
    expect(checks.load).toEqual({ running: 0, waiting: 0, asking: 0 });
  });
});
