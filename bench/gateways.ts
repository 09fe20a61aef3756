/**
 * `npm run bench:gateways`: Plateau's gateway against stock @apollo/gateway and Hive Gateway on the
 * same subgraphs and supergraph, as ratios measured in one run.
 *
 * Starts the whole graph in this process (embedded PGlite in a temporary folder, or the PostgreSQL in
 * DATABASE_URL), seeds what the README's Portfolio query reads and a board of BENCH_BOARD_CARDS cards,
 * then starts each gateway in a process of its own (gateway-process.ts): Plateau's (its real entry,
 * gateway/src/main.ts, every budget too large to refuse), a minimal stock @apollo/server +
 * @apollo/gateway, and Hive Gateway with its in-flight deduplication of identical subgraph requests on
 * (its default) and off. Every gateway's answers are checked against Plateau's. Then autocannon, in a
 * process of its own, sends `{ me { id } }`, the Portfolio query and the board to each, a fixed number
 * of connections, in interleaved rounds. Prints req/s, p50/p99, the CPU time per request of the gateway's
 * process and of the subgraphs' (this process), and the ratios against stock Apollo of the same run;
 * asserts nothing about speed.
 *
 * Environment (all optional):
 *   BENCH_CONCURRENCY       connections, each with one request in flight        (default 8)
 *   BENCH_DURATION_MS       measured time per load, split over the rounds       (default 9000)
 *   BENCH_WARMUP_MS         unmeasured warm-up per load                         (default 2000)
 *   BENCH_ROUNDS            interleaved rounds                                  (default 3)
 *   BENCH_BOARD_CARDS       cards on the benchmarked board                      (default 100)
 *   BENCH_GATEWAYS          which gateways, comma-separated   (default plateau,apollo,hive,hive-nodedup)
 *   BENCH_GATEWAY_WORKERS   GATEWAY_WORKERS of Plateau's gateway                (default 1)
 *   BENCH_QUERIES           which queries, comma-separated    (default me,portfolio,board)
 *   BENCH_CPU_PROF_DIR      a CPU profile of each gateway process (--cpu-prof) in <dir>/<gateway>/
 *   DATABASE_URL            PostgreSQL for every subgraph; embedded PGlite when unset
 *   LOG_LEVEL               the services' log level                             (default error)
 */
import "reflect-metadata";
import { fork, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { buildWorkspaceWithTeam, dataOf, execute } from "@plateau/test-kit";
import { env, parseEnv, parseInternalSecrets, type LogLevel } from "@plateau/kernel";
import type { CannonResult, CannonSpec } from "./autocannon-process.js";
import type { CpuReading, GatewayKind, GatewayProcessSpec } from "./gateway-process.js";
import { startBenchGraph } from "./graph.js";
import { measureInterleaved } from "./load.js";
import { BOARD_QUERY, PORTFOLIO_QUERY, seedBoard, seedPortfolioProjects } from "./seed.js";
import { formatNumber, formatRange, formatRatio, percentile, renderTable, requestsPerSecond } from "./stats.js";

const KINDS: Record<GatewayKind, string> = {
  plateau: "Plateau",
  apollo: "stock @apollo/gateway",
  hive: "Hive Gateway (dedup on)",
  "hive-nodedup": "Hive Gateway (dedup off)",
};
const config = parseEnv({
  BENCH_CONCURRENCY: env.int("Connections, each with one request in flight", 8),
  BENCH_DURATION_MS: env.int("Measured time per load, split over the rounds", 9000),
  BENCH_WARMUP_MS: env.int("Unmeasured warm-up per load", 2000),
  BENCH_ROUNDS: env.int("Interleaved rounds", 3),
  BENCH_BOARD_CARDS: env.int("Cards on the benchmarked board", 100),
  BENCH_GATEWAYS: env.string("Gateways to compare, comma-separated", Object.keys(KINDS).join(",")),
  BENCH_GATEWAY_WORKERS: env.int("GATEWAY_WORKERS of Plateau's gateway", 1),
  BENCH_QUERIES: env.string("Queries to send, comma-separated", "me,portfolio,board"),
  BENCH_CPU_PROF_DIR: env.optionalString(
    "Write a CPU profile of each gateway process (node --cpu-prof) under this folder, one subfolder per gateway",
  ),
  DATABASE_URL: env.optionalUrl("PostgreSQL for every subgraph; embedded PGlite in a temporary folder when unset"),
  LOG_LEVEL: env.oneOf("The services' log level", ["debug", "info", "warn", "error", "silent"] satisfies LogLevel[], "error"),
});
for (const name of ["BENCH_CONCURRENCY", "BENCH_DURATION_MS", "BENCH_ROUNDS", "BENCH_BOARD_CARDS", "BENCH_GATEWAY_WORKERS"] as const) {
  if (config[name] < 1) throw new Error(`${name} must be at least 1, got ${config[name]}`);
}
const kinds = config.BENCH_GATEWAYS.split(",").map((kind) => kind.trim()) as GatewayKind[];
for (const kind of kinds)
  if (!(kind in KINDS)) throw new Error(`BENCH_GATEWAYS: unknown gateway ${kind}, one of ${Object.keys(KINDS).join(", ")}`);

/** autocannon in a process of its own (autocannon-process.ts); loads run one after another. */
class CannonProcess {
  readonly child = fork(path.join(import.meta.dirname, "autocannon-process.ts"));

  run(spec: CannonSpec): Promise<CannonResult> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`autocannon's process exited (${code})`));
      this.child.once("exit", onExit);
      this.child.once("message", (result: CannonResult) => {
        this.child.off("exit", onExit);
        resolve(result);
      });
      this.child.send(spec);
    });
  }
}

const ROOT = path.resolve(import.meta.dirname, "..");
/** Text, as INTERNAL_SECRETS is given to a process: the gateways in other processes sign with it. */
const SECRETS = `bench:${randomBytes(32).toString("hex")}`;
/** Budgets no benchmark run can spend: Plateau's rate limiter does all its work and never refuses. */
const UNSPENDABLE = String(1_000_000_000);

const { graph, startupSeconds } = await startBenchGraph("gateways", {
  databaseUrl: config.DATABASE_URL,
  logLevel: config.LOG_LEVEL,
  internalSecrets: parseInternalSecrets(SECRETS),
});
const children: ChildProcess[] = [];
try {
  const url = graph.gateway.url;
  const team = await buildWorkspaceWithTeam(url, { name: "Gateways bench" });
  await seedPortfolioProjects(url, team);
  const boardId = await seedBoard(url, team, config.BENCH_BOARD_CARDS);
  // What autovacuum would soon do after such a load (PGlite has none): statistics for the planner.
  await graph.analyze();
  const token = team.MANAGER.token;
  const allQueries = [
    { key: "me", label: "{ me { id } }", query: "{ me { id } }", variables: {} },
    { key: "portfolio", label: "README Portfolio", query: PORTFOLIO_QUERY, variables: {} },
    { key: "board", label: `board of ${config.BENCH_BOARD_CARDS} cards`, query: BOARD_QUERY, variables: { projectId: boardId } },
  ];
  const queries = allQueries.filter((query) => config.BENCH_QUERIES.split(",").includes(query.key));

  const subgraphUrls = new Map([...graph.subgraphs].map(([name, running]) => [name, running.url]));
  const supergraphPath = path.join(mkdtempSync(path.join(os.tmpdir(), "plateau-bench-supergraph-")), "supergraph.graphql");
  writeFileSync(supergraphPath, supergraphWith(subgraphUrls));
  process.on("exit", () => rmSync(path.dirname(supergraphPath), { recursive: true, force: true }));
  const gateways = new Map<GatewayKind, { process: ChildProcess; url: string }>();
  for (const kind of kinds) {
    const port = await freePort();
    const child = startGatewayProcess(kind, {
      port,
      supergraphPath,
      internalSecrets: SECRETS,
      env: {
        PORT: String(port),
        HOST: "127.0.0.1",
        LOG_LEVEL: config.LOG_LEVEL,
        GATEWAY_WORKERS: String(config.BENCH_GATEWAY_WORKERS),
        SUPERGRAPH_PATH: supergraphPath,
        TRUSTED_DOCUMENTS_PATH: path.join(ROOT, "packages", "client", "src", "generated", "persisted-documents.json"),
        JWKS_URL: new URL("/.well-known/jwks.json", subgraphUrls.get("identity")).toString(),
        INTERNAL_SECRETS: SECRETS,
        RATE_LIMIT_USER_POINTS: UNSPENDABLE,
        RATE_LIMIT_WORKSPACE_POINTS: UNSPENDABLE,
        RATE_LIMIT_ANONYMOUS_POINTS: UNSPENDABLE,
        ...Object.fromEntries([...subgraphUrls].map(([name, subgraphUrl]) => [`${name.toUpperCase()}_URL`, subgraphUrl])),
      },
    });
    children.push(child);
    gateways.set(kind, { process: child, url: `http://127.0.0.1:${port}/graphql` });
  }
  for (const [kind, gateway] of gateways) await waitUntilAnswering(kind, gateway.url, token);
  for (const query of queries) {
    const expected = dataOf(await execute(url, query.query, { token, variables: query.variables }));
    for (const [kind, gateway] of gateways) {
      const answer = dataOf(await execute(gateway.url, query.query, { token, variables: query.variables }));
      if (!isDeepStrictEqual(answer, expected)) throw new Error(`${KINDS[kind]} answers ${query.key} differently from Plateau's gateway`);
    }
  }

  const cannon = new CannonProcess();
  children.push(cannon.child);
  const loads = queries.flatMap((query) =>
    [...gateways.keys()].map((kind) => ({ key: `${query.key}/${kind}`, query: `${query.key} via ${kind}`, token, kind, spec: query })),
  );
  const results = await measureInterleaved(
    async (load) => {
      const gateway = gateways.get(load.kind)!;
      const gatewayBefore = await cpuOf(gateway.process);
      const subgraphsBefore = process.cpuUsage();
      const result = await cannon.run({
        url: gateway.url,
        query: load.spec.query,
        variables: load.spec.variables,
        token,
        connections: config.BENCH_CONCURRENCY,
        durationMs: load.durationMs,
      });
      const subgraphs = process.cpuUsage(subgraphsBefore);
      const gatewayAfter = await cpuOf(gateway.process);
      return { ...result, gatewayCpuMs: cpuMs(gatewayAfter) - cpuMs(gatewayBefore), subgraphsCpuMs: cpuMs(subgraphs) };
    },
    loads,
    { warmupMs: config.BENCH_WARMUP_MS, durationMs: config.BENCH_DURATION_MS, rounds: config.BENCH_ROUNDS },
  );
  const byKey = new Map(loads.map((load, index) => [load.key, results[index]!]));
  type Measured = (typeof results)[number];
  const requests = (rounds: Measured) => rounds.reduce((sum, round) => sum + round.requests, 0);
  const perRequest = (rounds: Measured, of: "gatewayCpuMs" | "subgraphsCpuMs") =>
    rounds.reduce((sum, round) => sum + round[of], 0) / requests(rounds);
  const median = (rounds: Measured, of: "p50Ms" | "p99Ms") =>
    percentile(
      rounds.map((round) => round[of]),
      50,
    );

  const cpus = os.cpus();
  const baseline = gateways.has("apollo") ? "apollo" : undefined;
  const lines = [
    `Gateways on the same subgraphs and supergraph: ${config.BENCH_CONCURRENCY} connections (autocannon), ${config.BENCH_DURATION_MS} ms ` +
      `per load in ${config.BENCH_ROUNDS} interleaved rounds after ${config.BENCH_WARMUP_MS} ms warm-up each; ` +
      `Plateau's gateway with GATEWAY_WORKERS=${config.BENCH_GATEWAY_WORKERS}`,
    `Node ${process.version}, ${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"} (shared with whatever else runs); ` +
      `${config.DATABASE_URL ? "PostgreSQL from DATABASE_URL" : "embedded PGlite"}, graph up in ${startupSeconds.toFixed(1)} s; ` +
      "subgraphs in this process, each gateway and autocannon in a process of their own",
    "",
    renderTable(
      ["query", "gateway", "req/s", "p50 ms", "p99 ms", "gateway CPU ms/req", "subgraphs CPU ms/req", "requests"],
      loads.map((load) => {
        const measured = byKey.get(load.key)!;
        return [
          load.spec.label,
          KINDS[load.kind],
          formatNumber(requestsPerSecond(measured), 0),
          formatNumber(median(measured, "p50Ms"), 1),
          formatNumber(median(measured, "p99Ms"), 1),
          formatNumber(perRequest(measured, "gatewayCpuMs"), 3),
          formatNumber(perRequest(measured, "subgraphsCpuMs"), 3),
          String(requests(measured)),
        ];
      }),
      [2, 3, 4, 5, 6, 7],
    ),
    "(p50/p99: the median of the rounds' values; CPU: user + system time of the process, over the requests answered)",
    "",
  ];
  if (baseline) {
    lines.push(
      renderTable(
        ["against stock @apollo/gateway, same run", "req/s", "req/s per round", "gateway CPU/req", "p50"],
        loads
          .filter((load) => load.kind !== baseline)
          .map((load) => {
            const measured = byKey.get(load.key)!;
            const stock = byKey.get(`${load.spec.key}/${baseline}`)!;
            return [
              `${load.spec.label}: ${KINDS[load.kind]}`,
              formatRatio(requestsPerSecond(measured), requestsPerSecond(stock)),
              formatRange(measured.map((round, index) => requestsPerSecond([round]) / requestsPerSecond([stock[index]!]))),
              formatRatio(perRequest(measured, "gatewayCpuMs"), perRequest(stock, "gatewayCpuMs")),
              formatRatio(median(measured, "p50Ms"), median(stock, "p50Ms")),
            ];
          }),
        [1, 2, 3, 4],
      ),
    );
  }
  if (gateways.has("plateau") && gateways.has("hive-nodedup")) {
    lines.push(
      "",
      renderTable(
        ["Plateau against Hive Gateway (dedup off), same run", "req/s", "gateway CPU/req"],
        queries.map((query) => {
          const plateau = byKey.get(`${query.key}/plateau`)!;
          const hive = byKey.get(`${query.key}/hive-nodedup`)!;
          return [
            query.label,
            formatRatio(requestsPerSecond(plateau), requestsPerSecond(hive)),
            formatRatio(perRequest(plateau, "gatewayCpuMs"), perRequest(hive, "gatewayCpuMs")),
          ];
        }),
        [1, 2],
      ),
    );
  }
  process.stdout.write(lines.join("\n") + "\n\n");
} finally {
  await Promise.all(children.map(stopProcess));
  await graph.close();
}

/** The committed supergraph with the running subgraphs' URLs in place of the default ones. */
function supergraphWith(urls: ReadonlyMap<string, string>): string {
  const sdl = readFileSync(path.join(ROOT, "schema", "supergraph.graphql"), "utf8");
  return sdl.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (whole, name: string) => {
    const url = urls.get(name);
    if (!url) throw new Error(`no running subgraph ${name}`);
    return `@join__graph(name: "${name}", url: "${url}")`;
  });
}

function startGatewayProcess(kind: GatewayKind, spec: GatewayProcessSpec): ChildProcess {
  const profile = config.BENCH_CPU_PROF_DIR ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(config.BENCH_CPU_PROF_DIR, kind)}`] : [];
  const child = fork(path.join(import.meta.dirname, "gateway-process.ts"), [kind], {
    execArgv: [...process.execArgv, ...profile],
    env: { ...process.env, BENCH_GATEWAY: JSON.stringify(spec), LOG_LEVEL: config.LOG_LEVEL },
  });
  child.once("exit", (code, signal) => {
    if (code !== 0 && signal !== "SIGTERM" && signal !== "SIGKILL") process.stderr.write(`${KINDS[kind]} exited (${code ?? signal})\n`);
  });
  return child;
}

/** Asks `child` to stop, and kills it when it has not within five seconds (a server waiting on idle keep-alive sockets). */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Waits until `url` answers `{ me { id } }` (a minute at most). */
async function waitUntilAnswering(kind: GatewayKind, url: string, token: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      dataOf(await execute(url, "{ me { id } }", { token }));
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${KINDS[kind]} did not answer within a minute`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** The CPU time a gateway process (and its workers) has used so far. */
function cpuOf(child: ChildProcess): Promise<CpuReading> {
  return new Promise((resolve) => {
    const onMessage = (message: { type?: string; usage?: CpuReading }) => {
      if (message.type !== "cpu") return;
      child.off("message", onMessage);
      resolve(message.usage!);
    };
    child.on("message", onMessage);
    child.send({ type: "cpu" });
  });
}

function cpuMs(reading: CpuReading): number {
  return (reading.user + reading.system) / 1000;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
