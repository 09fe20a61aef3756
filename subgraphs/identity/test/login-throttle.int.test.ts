import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { uuidv7 } from "@plateau/kernel";
import { dataOf, execute } from "@plateau/test-kit";
import {
  LOGIN,
  PASSWORD,
  signUp,
  startFakeWorkspaces,
  startIdentity,
  tempDataDir,
  uniqueEmail,
  type FakeWorkspaces,
  type TestIdentity,
} from "./helpers.js";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
/** Short, so waiting out a back-off takes a fraction of a second. */
// Wide enough that a loaded CI machine cannot outrun a back-off window between two requests.
const BASE_DELAY_MS = 1000;

let workspaces: FakeWorkspaces;
let dataDir: { dir: string; remove: () => Promise<void> };
let identity: TestIdentity | undefined;

beforeAll(async () => {
  dataDir = await tempDataDir();
  workspaces = await startFakeWorkspaces();
});
afterEach(async () => {
  await identity?.close();
  identity = undefined;
});
afterAll(async () => {
  await workspaces?.close();
  await dataDir?.remove();
});

/** identity on Redis (a fresh key prefix per test), trusting the loopback proxy so tests choose the client IP. */
async function start(options: { redisUrl?: string; keyPrefix?: string; baseDelayMs?: number } = {}): Promise<TestIdentity> {
  identity = await startIdentity({
    dataDir: dataDir.dir,
    settings: {
      WORKSPACES_URL: workspaces.url,
      REDIS_URL: options.redisUrl ?? REDIS_URL,
      REDIS_KEY_PREFIX: options.keyPrefix ?? `test:identity:${uuidv7()}:`,
      LOGIN_THROTTLE_BASE_DELAY_MS: String(options.baseDelayMs ?? BASE_DELAY_MS),
      TRUST_PROXY: "loopback",
    },
  });
  return identity;
}

/** A fresh documentation-range address per call, so tests do not share the per-IP count. */
let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;

interface Attempt {
  code: string | undefined;
  message: string | undefined;
  retryAfter: number | undefined;
  ok: boolean;
}

async function attempt(url: string, email: string, password: string, ip: string): Promise<Attempt> {
  const result = await execute<{ login: { user: { email: string } } }>(url, LOGIN, {
    variables: { i: { email, password } } as never,
    headers: { "x-forwarded-for": ip },
  });
  const error = result.errors?.[0];
  return {
    ok: !error && Boolean(result.data?.login),
    code: error?.extensions?.code as string | undefined,
    message: error?.message,
    retryAfter: error?.extensions?.retryAfter as number | undefined,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("login throttling on Redis", () => {
  it("refuses the sixth attempt after five wrong passwords, even with the right one, then lets it in after the back-off", async () => {
    const { url } = await start();
    const email = uniqueEmail("throttled");
    await signUp(url, { email });
    const ip = freshIp();
    for (let i = 0; i < 5; i++) expect(await attempt(url, email, "wrong password here", ip)).toMatchObject({ code: "UNAUTHENTICATED" });

    const refused = await attempt(url, email, PASSWORD, ip);
    expect(refused).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(refused.retryAfter).toBeGreaterThan(0);

    await sleep(BASE_DELAY_MS + 250);
    expect((await attempt(url, email, PASSWORD, ip)).ok).toBe(true);
    // The success reset the account's count: four new failures are not enough to lock it again.
    for (let i = 0; i < 4; i++) expect(await attempt(url, email, "wrong password here", ip)).toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await attempt(url, email, PASSWORD, ip)).ok).toBe(true);
  });

  it("throttles an unknown email exactly like a registered one", async () => {
    const { url } = await start();
    const known = uniqueEmail("known");
    await signUp(url, { email: known });
    const unknown = uniqueEmail("unknown");
    const run = async (email: string) => {
      const ip = freshIp();
      for (let i = 0; i < 5; i++) await attempt(url, email, "wrong password here", ip);
      return attempt(url, email, "wrong password here", ip);
    };
    const [forKnown, forUnknown] = [await run(known), await run(unknown)];
    expect(forUnknown).toEqual(forKnown);
    expect(forKnown).toMatchObject({ code: "RATE_LIMITED" });
  });

  it("doubles the back-off with each further failure", async () => {
    const { url } = await start();
    const email = uniqueEmail("doubling");
    const ip = freshIp();
    const started = Date.now();
    for (let i = 0; i < 5; i++) await attempt(url, email, "wrong password here", ip);
    await sleep(BASE_DELAY_MS + 250);
    expect(await attempt(url, email, "wrong password here", ip)).toMatchObject({ code: "UNAUTHENTICATED" });
    // Now locked for 2 × the base delay: still refused after the first back-off's length.
    await sleep(BASE_DELAY_MS + 250);
    expect(await attempt(url, email, "wrong password here", ip)).toMatchObject({ code: "RATE_LIMITED" });
    await sleep(BASE_DELAY_MS + 500);
    expect(await attempt(url, email, "wrong password here", ip)).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it("limits one IP across different emails to twenty failures, without touching other IPs", async () => {
    const { url } = await start();
    const ip = freshIp();
    for (let i = 0; i < 20; i++)
      expect(await attempt(url, uniqueEmail(`spray${i}`), "wrong password here", ip)).toMatchObject({ code: "UNAUTHENTICATED" });

    const email = uniqueEmail("bystander");
    await signUp(url, { email });
    expect(await attempt(url, email, PASSWORD, ip)).toMatchObject({ code: "RATE_LIMITED" });
    expect((await attempt(url, email, PASSWORD, freshIp())).ok).toBe(true);
  });

  it("shares the counts between identity processes through Redis", async () => {
    // A long back-off: starting the second process must not outlast the lock.
    const first = await start({ baseDelayMs: 60_000 });
    const email = uniqueEmail("shared");
    const ip = freshIp();
    for (let i = 0; i < 5; i++) await attempt(first.url, email, "wrong password here", ip);
    const prefix = (first.app.services.settings as { REDIS_KEY_PREFIX: string }).REDIS_KEY_PREFIX;
    const second = await startIdentity({
      dataDir: dataDir.dir,
      settings: {
        WORKSPACES_URL: workspaces.url,
        REDIS_URL,
        REDIS_KEY_PREFIX: prefix,
        LOGIN_THROTTLE_BASE_DELAY_MS: "60000",
        TRUST_PROXY: "loopback",
      },
    });
    try {
      expect(await attempt(second.url, email, "wrong password here", ip)).toMatchObject({ code: "RATE_LIMITED" });
    } finally {
      await second.close();
    }
  });
});

describe("login throttling with Redis down", () => {
  it("still logs users in, failing open", async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));

    const { url } = await start({ redisUrl: `redis://127.0.0.1:${port}` });
    const email = uniqueEmail("redisdown");
    await signUp(url, { email });
    const ip = freshIp();
    for (let i = 0; i < 6; i++) expect(await attempt(url, email, "wrong password here", ip)).toMatchObject({ code: "UNAUTHENTICATED" });
    const started = performance.now();
    const result = await execute<{ login: { user: { email: string } } }>(url, LOGIN, {
      variables: { i: { email, password: PASSWORD } } as never,
    });
    expect(dataOf(result).login.user.email).toBe(email);
    // No waiting on the dead Redis: the limiter fails fast.
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
