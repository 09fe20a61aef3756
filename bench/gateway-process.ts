/**
 * One gateway of `bench:gateways` in a process of its own, so that its CPU can be told apart from the
 * subgraphs' and the load generator's. Forked by gateways.ts with the kind as its argument and the
 * settings in BENCH_GATEWAY (JSON, {@link GatewayProcessSpec}); answers `{ type: "cpu" }` on its IPC
 * channel with the CPU time its process (and, for a clustered Plateau gateway, its workers) has used.
 *
 * - `plateau`: Plateau's gateway entry (gateway/src/main.ts) with the environment given;
 * - `apollo`: a minimal stock @apollo/server + @apollo/gateway on the supergraph SDL;
 * - `hive` / `hive-nodedup`: Hive Gateway's runtime, with its in-flight deduplication of identical
 *   subgraph requests on (its default) or off.
 * The stock gateways send the internal credential the subgraphs require and forward `Authorization`.
 */
import cluster from "node:cluster";
import { readFileSync } from "node:fs";
import http from "node:http";
import { parse } from "graphql";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { GATEWAY_CALLER, INTERNAL_CREDENTIAL_HEADER, internalCredential, parseInternalSecrets } from "@plateau/kernel";

/** Which gateway a process runs (see above). */
export type GatewayKind = "plateau" | "apollo" | "hive" | "hive-nodedup";

/** What every kind needs; plain JSON, passed in BENCH_GATEWAY. */
export interface GatewayProcessSpec {
  port: number;
  /** A file with the supergraph SDL, the running subgraphs' URLs in it (too large for the environment). */
  supergraphPath: string;
  /** INTERNAL_SECRETS as the subgraphs were given them. */
  internalSecrets: string;
  /** Plateau only: the environment of gateway/src/main.ts (JWKS_URL, subgraph URLs, GATEWAY_WORKERS, …). */
  env: Record<string, string>;
}

/** A CPU reading: microseconds of user and system time. */
export interface CpuReading {
  user: number;
  system: number;
}

const HIVE_RUNTIME: string = "@graphql-hive/gateway-runtime";
const kind = process.argv[2] as GatewayKind;
const spec = JSON.parse(process.env.BENCH_GATEWAY ?? "{}") as GatewayProcessSpec;
const supergraphSdl = kind === "plateau" ? "" : readFileSync(spec.supergraphPath, "utf8");
const credential = internalCredential(parseInternalSecrets(spec.internalSecrets), GATEWAY_CALLER);

/** This process's CPU time, plus its cluster workers' when it is a primary with workers. */
async function cpuOfProcessTree(): Promise<CpuReading> {
  const own = process.cpuUsage();
  if (!cluster.isPrimary) return own;
  const workers = Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);
  const readings = await Promise.all(
    workers.map(
      (worker) =>
        new Promise<CpuReading>((resolve) => {
          const onMessage = (message: { type?: string; usage?: CpuReading }) => {
            if (message.type !== "cpu") return;
            worker.off("message", onMessage);
            resolve(message.usage!);
          };
          worker.on("message", onMessage);
          worker.send({ type: "cpu" });
        }),
    ),
  );
  return readings.reduce((sum, reading) => ({ user: sum.user + reading.user, system: sum.system + reading.system }), own);
}

process.on("message", (message: { type?: string }) => {
  if (message.type === "cpu") void cpuOfProcessTree().then((usage) => process.send!({ type: "cpu", usage }));
});

async function startApollo(): Promise<void> {
  class CredentialedDataSource extends RemoteGraphQLDataSource<{ authorization?: string }> {
    override async willSendRequest({ request, context }: Parameters<RemoteGraphQLDataSource["willSendRequest"] & {}>[0]) {
      request.http?.headers.set(INTERNAL_CREDENTIAL_HEADER, await credential.token());
      const authorization = (context as { authorization?: string }).authorization;
      if (authorization) request.http?.headers.set("authorization", authorization);
    }
  }
  // Node's fetch, as Plateau's gateway uses: the default (minipass-fetch) reuses sockets the subgraphs
  // have closed after their keep-alive timeout, and answers ECONNRESET after every pause between loads.
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ url }) => new CredentialedDataSource({ url, fetcher: fetch as never }),
  });
  const server = new ApolloServer({ gateway });
  await startStandaloneServer(server, {
    listen: { port: spec.port, host: "127.0.0.1" },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  });
}

async function startHive(deduplicateInflightRequests: boolean): Promise<void> {
  // Loaded untyped: graphql-yoga's types widen graphql's GraphQLErrorExtensions for the whole program,
  // and the gateway's own errors (Apollo Server's Map of headers) would no longer type-check.
  const { createGatewayRuntime } = (await import(HIVE_RUNTIME)) as {
    createGatewayRuntime(config: Record<string, unknown>): http.RequestListener;
  };
  const runtime = createGatewayRuntime({
    supergraph: parse(supergraphSdl),
    logging: false,
    transportEntries: { "*.http": { options: { deduplicateInflightRequests } } },
    propagateHeaders: {
      fromClientToSubgraphs: async ({ request }: { request: Request }) => ({
        [INTERNAL_CREDENTIAL_HEADER]: await credential.token(),
        authorization: request.headers.get("authorization"),
      }),
    },
  });
  // The runtime is also a Node request listener.
  const server = http.createServer(runtime);
  await new Promise<void>((resolve) => server.listen(spec.port, "127.0.0.1", resolve));
}

if (kind === "plateau") {
  Object.assign(process.env, spec.env);
  await import("../gateway/src/main.js");
} else if (kind === "apollo") await startApollo();
else if (kind === "hive") await startHive(true);
else if (kind === "hive-nodedup") await startHive(false);
else throw new Error(`unknown gateway kind ${String(kind)}`);
