import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { createLogger, generateInternalSecrets, internalCredential } from "@plateau/kernel";
import { SubgraphDataSource } from "./data-source.js";
import { SubgraphConnections } from "./subgraph-connections.js";

/** The gateway's data source asks a subgraph for each distinct entity once (entity-representations.ts). */

/** A subgraph that answers `_entities` with a user per representation it received, and keeps what it received. */
async function entitiesSubgraph() {
  const received: { __typename: string; id: string }[][] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const { variables } = JSON.parse(body) as { variables: { representations: { __typename: string; id: string }[] } };
      received.push(variables.representations);
      const entities = variables.representations.map(({ id }) => (id === "gone" ? null : { __typename: "User", name: `User ${id}` }));
      const errors = variables.representations.flatMap(({ id }, index) =>
        id === "gone" ? [{ message: "User not found", path: ["_entities", index], extensions: { code: "NOT_FOUND" } }] : [],
      );
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ data: { _entities: entities }, ...(errors.length > 0 ? { errors } : {}) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/graphql`, received, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe("an _entities fetch through the gateway's data source", () => {
  it("sends each distinct representation once and answers every one the gateway built, errors at each place", async () => {
    const subgraph = await entitiesSubgraph();
    const logger = createLogger({ service: "test", level: "silent" });
    const connections = new SubgraphConnections();
    const dataSource = new SubgraphDataSource(
      "identity",
      subgraph.url,
      connections.fetcher(2000),
      logger,
      internalCredential(generateInternalSecrets(), "gateway"),
    );
    const ids = ["a", "b", "a", "gone", "a", "b", "gone"];
    try {
      const answer = await dataSource.process({
        kind: "incoming operation",
        request: {
          query: "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { name } } }",
          variables: { representations: ids.map((id) => ({ __typename: "User", id })) },
        },
        context: { requestId: "r" },
        incomingRequestContext: {},
      } as never);
      expect(subgraph.received).toEqual([["a", "b", "gone"].map((id) => ({ __typename: "User", id }))]);
      expect(answer.data?._entities).toEqual(ids.map((id) => (id === "gone" ? null : { __typename: "User", name: `User ${id}` })));
      expect(answer.errors?.map((error) => error.path)).toEqual([
        ["_entities", 3],
        ["_entities", 6],
      ]);
    } finally {
      await connections.close();
      await subgraph.close();
    }
  });
});
