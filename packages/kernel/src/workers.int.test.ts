import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

/** serveInWorkers through a real process tree: a primary and its node:cluster workers on one port. */

const FIXTURE = path.join(import.meta.dirname, "workers.fixture.ts");
let running: ChildProcess | undefined;

afterEach(() => {
  running?.kill("SIGKILL");
  running = undefined;
});

/** Starts the fixture with `workers` and resolves once that many have printed their port. */
function start(workers: number) {
  const child = spawn(process.execPath, ["--conditions=plateau-source", "--import", "tsx", FIXTURE], {
    env: { ...process.env, WORKERS: String(workers) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  running = child;
  const lines: string[] = [];
  const waiters: { test: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  let buffered = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    const complete = buffered.split("\n");
    buffered = complete.pop()!;
    for (const line of complete) {
      lines.push(line);
      for (const waiter of waiters.filter((candidate) => candidate.test(line))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  const lineMatching = (test: (line: string) => boolean) =>
    new Promise<string>((resolve, reject) => {
      const seen = lines.find(test);
      if (seen) return resolve(seen);
      waiters.push({ test, resolve });
      child.once("exit", () => reject(new Error(`exited before printing the line; it printed:\n${lines.join("\n")}`)));
    });
  const exited = new Promise<number | string | null>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal)));
  return { child, lines, lineMatching, exited };
}

const listening = (line: string) => line.startsWith("listening ");
/** The process ids that answered `requests` requests on fresh connections. */
async function pidsAnswering(port: number, requests: number): Promise<Set<string>> {
  const pids = new Set<string>();
  for (let n = 0; n < requests; n++) {
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { connection: "close" } });
    pids.add(await response.text());
  }
  return pids;
}

describe("serveInWorkers", () => {
  it("serves one port from every worker, replaces a worker that dies, and drains them all on SIGTERM", async () => {
    const service = start(2);
    const first = await service.lineMatching(listening);
    await service.lineMatching((line) => listening(line) && line !== first);
    const workerLines = service.lines.filter(listening);
    const port = Number(first.split(" ")[1]);
    expect(workerLines.map((line) => Number(line.split(" ")[1]))).toEqual([port, port]);
    const workerPids = new Set(workerLines.map((line) => line.split(" ")[2]!));
    expect(workerPids.has(String(service.child.pid)), "the primary only supervises").toBe(false);

    // The primary hands connections to the workers in turn: both answer.
    expect(await pidsAnswering(port, 8)).toEqual(workerPids);

    // A worker that dies is replaced, and the new one serves the same port.
    const [victim] = workerPids;
    process.kill(Number(victim), "SIGKILL");
    const replacement = await service.lineMatching((line) => listening(line) && !workerPids.has(line.split(" ")[2]!));
    expect(Number(replacement.split(" ")[1])).toBe(port);
    const survivors = new Set([...workerPids].filter((pid) => pid !== victim).concat(replacement.split(" ")[2]!));
    // A handle to the dead worker may still be in the rotation for a moment; answers come only from live ones.
    const answering = await pidsAnswering(port, 8);
    expect([...answering].every((pid) => survivors.has(pid))).toBe(true);

    // SIGTERM reaches every live worker, each drains, and the primary exits cleanly.
    service.child.kill("SIGTERM");
    expect(await service.exited).toBe(0);
    const drained = service.lines.filter((line) => line.startsWith("draining ")).map((line) => line.split(" ")[1]);
    expect(new Set(drained)).toEqual(survivors);
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });

  it("runs the service in this process when one worker is asked for", async () => {
    const service = start(1);
    const line = await service.lineMatching(listening);
    expect(line.split(" ")[2]).toBe(String(service.child.pid));
    service.child.kill("SIGTERM");
    expect(await service.exited).toBe(0);
  });
});
