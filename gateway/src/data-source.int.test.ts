import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { createLogger, generateInternalSecrets, internalCredential } from "@plateau/kernel";
import { SubgraphDataSource } from "./data-source.js";
import { SubgraphConnections } from "./subgraph-connections.js";

const secrets = generateInternalSecrets();

describe("identical queries in flight, with deduplication on", () => {
  /** A subgraph that answers every request after `delayMs` and counts them. */
  async function countingSubgraph(delayMs = 50) {
    const bodies: string[] = [];
    const server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        bodies.push(body);
        setTimeout(() => {
          res.setHeader("content-type", "application/json");
          res.end(JSON.stringify({ data: { me: { id: "u1" } } }));
        }, delayMs);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}/graphql`, bodies, close: () => new Promise((resolve) => server.close(resolve)) };
  }

  const send = (dataSource: SubgraphDataSource, query: string, authorization?: string) =>
    dataSource.process({
      kind: "incoming operation",
      request: { query, variables: { first: 1 } },
      context: { requestId: "r", authorization },
      incomingRequestContext: {},
    } as never);

  it("sends one request for the same caller and body, and gives each its own answer", async () => {
    const subgraph = await countingSubgraph();
    const logger = createLogger({ service: "test", level: "silent" });
    const connections = new SubgraphConnections();
    const sharing = new SubgraphDataSource(
      "identity",
      subgraph.url,
      connections.fetcher(1000),
      logger,
      internalCredential(secrets, "gateway"),
      undefined,
      true,
    );
    try {
      const answers = await Promise.all([1, 2, 3].map(() => send(sharing, "query { me { id } }", "Bearer a")));
      expect(subgraph.bodies).toHaveLength(1);
      expect(answers.map((answer) => answer.data)).toEqual([1, 2, 3].map(() => ({ me: { id: "u1" } })));
      expect(answers[0]!.data).not.toBe(answers[1]!.data);

      await Promise.all([send(sharing, "query { me { id } }", "Bearer a"), send(sharing, "query { me { id } }", "Bearer b")]);
      expect(subgraph.bodies).toHaveLength(3);

      await Promise.all([1, 2].map(() => send(sharing, "mutation { logout }", "Bearer a")));
      expect(subgraph.bodies).toHaveLength(5);
    } finally {
      await connections.close();
      await subgraph.close();
    }
  });

  it("shares nothing when off (the default)", async () => {
    const subgraph = await countingSubgraph();
    const logger = createLogger({ service: "test", level: "silent" });
    const connections = new SubgraphConnections();
    const plain = new SubgraphDataSource(
      "identity",
      subgraph.url,
      connections.fetcher(1000),
      logger,
      internalCredential(secrets, "gateway"),
    );
    try {
      await Promise.all([1, 2, 3].map(() => send(plain, "query { me { id } }", "Bearer a")));
      expect(subgraph.bodies).toHaveLength(3);
    } finally {
      await connections.close();
      await subgraph.close();
    }
  });
});
