import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { createLogger, generateInternalSecrets, internalCredential } from "@plateau/kernel";
import { SubgraphDataSource } from "./data-source.js";
import { RETRY_SAFE_HEADER, SubgraphConnections } from "./subgraph-connections.js";

/** A subgraph answering `{ data: { n } }` after `delayMs`, counting the TCP connections it accepted and the requests in flight. */
async function countingSubgraph(delayMs = 0, status = 200) {
  let connections = 0;
  let inFlight = 0;
  let mostInFlight = 0;
  const headers: http.IncomingHttpHeaders[] = [];
  const server = http.createServer((req, res) => {
    inFlight += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
    headers.push(req.headers);
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      setTimeout(() => {
        inFlight -= 1;
        res.statusCode = status;
        res.setHeader("content-type", "application/json");
        res.setHeader("cache-control", "private, max-age=0");
        res.end(JSON.stringify({ data: { n: (JSON.parse(body) as { variables?: { n?: number } }).variables?.n ?? null } }));
      }, delayMs);
    });
  });
  server.on("connection", () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    connections: () => connections,
    mostInFlight: () => mostInFlight,
    headers,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const post = (fetcher: ReturnType<SubgraphConnections["fetcher"]>, url: string, n: number) =>
  fetcher(url, {
    method: "POST",
    headers: new Headers({ "content-type": "application/json", "x-request-id": `r${n}` }),
    body: JSON.stringify({ query: "{ n }", variables: { n } }),
  });

describe("the gateway's connections to a subgraph", () => {
  it("keeps connections alive for requests one after another, and passes headers, status and body through", async () => {
    const subgraph = await countingSubgraph();
    const connections = new SubgraphConnections({ connections: 8 });
    try {
      const fetcher = connections.fetcher(2000);
      const answers = [];
      for (let n = 0; n < 20; n++) {
        const response = await post(fetcher, subgraph.url, n);
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toBe("application/json");
        expect(response.headers.get("cache-control")).toBe("private, max-age=0");
        answers.push(await response.json());
      }
      expect(answers).toEqual(Array.from({ length: 20 }, (_, n) => ({ data: { n } })));
      // Not one per request: a request sent in the same tick its predecessor's body ends finds that
      // connection still busy and opens a second one; both are then kept and reused.
      expect(subgraph.connections()).toBeLessThanOrEqual(2);
      expect(subgraph.headers.map((headers) => headers["x-request-id"])).toEqual(Array.from({ length: 20 }, (_, n) => `r${n}`));
      expect(connections.stats()[new URL(subgraph.url).origin]).toMatchObject({
        connected: subgraph.connections(),
        running: 0,
        pending: 0,
      });
    } finally {
      await connections.close();
      await subgraph.close();
    }
  });

  it("opens at most GATEWAY_SUBGRAPH_CONNECTIONS connections; the requests beyond them wait and are all answered", async () => {
    const subgraph = await countingSubgraph(30);
    const connections = new SubgraphConnections({ connections: 3 });
    try {
      const fetcher = connections.fetcher(5000);
      const answers = await Promise.all(
        Array.from({ length: 12 }, (_, n) => post(fetcher, subgraph.url, n).then((response) => response.json())),
      );
      expect(answers).toEqual(Array.from({ length: 12 }, (_, n) => ({ data: { n } })));
      expect(subgraph.connections()).toBe(3);
      expect(subgraph.mostInFlight()).toBe(3);
    } finally {
      await connections.close();
      await subgraph.close();
    }
  });

  it("sends a retry-safe request once more when its connection breaks under it, and anything else never", async () => {
    // A subgraph that drops the connection of the first request it gets (as one closing an idle kept-alive connection does).
    let requests = 0;
    const bodies: string[] = [];
    const headers: http.IncomingHttpHeaders[] = [];
    const server = http.createServer((req, res) => {
      requests += 1;
      headers.push(req.headers);
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        if (requests === 1 || requests === 3) return void req.socket.destroy();
        bodies.push(body);
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ data: { ok: true } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const connections = new SubgraphConnections();
    const fetcher = connections.fetcher(2000);
    try {
      const query = await fetcher(url, {
        method: "POST",
        headers: { "content-type": "application/json", [RETRY_SAFE_HEADER]: "1" },
        body: '{"query":"{ ok }"}',
      });
      expect(await query.json()).toEqual({ data: { ok: true } });
      expect(requests).toBe(2);
      expect(headers.map((received) => received[RETRY_SAFE_HEADER])).toEqual([undefined, undefined]);

      const mutation = fetcher(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"query":"mutation { ok }"}',
      });
      await expect(mutation).rejects.toMatchObject({ code: expect.stringMatching(/ECONNRESET|UND_ERR_SOCKET|EPIPE/) });
      expect(requests).toBe(3);
      expect(bodies).toEqual(['{"query":"{ ok }"}']);
    } finally {
      await connections.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("refuses a count of connections that is not a positive integer", () => {
    expect(() => new SubgraphConnections({ connections: 0 })).toThrow(/positive integer/);
    expect(() => new SubgraphConnections({ connections: 1.5 })).toThrow(/positive integer/);
  });
});

describe("a subgraph that cannot be reached, through the data source", () => {
  const secrets = generateInternalSecrets();

  /** Sends one query to `url` through a data source on pools of its own; the error it raised and what it logged. */
  async function failureOf(url: string, timeoutMs: number) {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger({
      service: "test",
      level: "error",
      write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>),
    });
    const connections = new SubgraphConnections();
    const dataSource = new SubgraphDataSource(
      "portfolio",
      url,
      connections.fetcher(timeoutMs),
      logger,
      internalCredential(secrets, "gateway"),
    );
    try {
      const request = {
        kind: "incoming operation",
        request: { query: "query { n }" },
        context: { requestId: "r" },
        incomingRequestContext: {},
      };
      const error = await dataSource.process(request as never).then(
        () => undefined,
        (raised: unknown) => raised as { message: string; code: string; extensions: Record<string, unknown> },
      );
      return { error, lines };
    } finally {
      await connections.close();
    }
  }

  it("answers SUBGRAPH_UNAVAILABLE when the address refuses connections, and logs the cause's code", async () => {
    const closed = await countingSubgraph();
    await closed.close();
    const { error, lines } = await failureOf(closed.url, 2000);
    expect(error?.message).toBe("The portfolio service is unavailable");
    expect(error).toMatchObject({ code: "SUBGRAPH_UNAVAILABLE", extensions: { subgraph: "portfolio" } });
    expect(JSON.stringify(error)).not.toContain(closed.url);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: "subgraph request failed", subgraph: "portfolio", code: "ECONNREFUSED" });
  });

  it("answers that the subgraph did not answer in time when it is slower than the timeout", async () => {
    const slow = await countingSubgraph(1000);
    try {
      const { error, lines } = await failureOf(slow.url, 100);
      expect(error).toMatchObject({ code: "SUBGRAPH_UNAVAILABLE", message: "The portfolio service did not answer in time" });
      expect(lines[0]).toMatchObject({ msg: "subgraph request failed", subgraph: "portfolio" });
    } finally {
      await slow.close();
    }
  });

  it("answers SUBGRAPH_UNAVAILABLE for a subgraph's HTTP error, having sent it the gateway's credential", async () => {
    const failing = await countingSubgraph(0, 503);
    try {
      const { error } = await failureOf(failing.url, 2000);
      expect(error).toMatchObject({ code: "SUBGRAPH_UNAVAILABLE", message: "The portfolio service is unavailable" });
      expect(failing.headers[0]?.["x-plateau-internal"]).toBeTruthy();
    } finally {
      await failing.close();
    }
  });
});
