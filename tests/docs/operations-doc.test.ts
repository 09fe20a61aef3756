import { startEnvShape } from "../../scripts/start-config.js";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ErrorCode, internalSecretsEnvShape, type EnvShape } from "@plateau/kernel";
import { observabilityEnvShape } from "@plateau/observability";
import { subgraphEnvShape } from "@plateau/subgraph-kit";
// The env module itself: @plateau/gateway's index also loads @apollo/gateway, whose OpenTelemetry
// dependency does not load under vitest (extensionless ESM imports).
import { gatewayEnvShape } from "../../gateway/src/env.js";
import { identitySettingsShape } from "../../subgraphs/identity/src/settings.js";
import { insightsSettingsShape } from "../../subgraphs/insights/src/settings.js";
import { portfolioSettingsShape } from "../../subgraphs/portfolio/src/settings.js";
import { timesheetsSettingsShape } from "../../subgraphs/timesheets/src/settings.js";
import { workPackagesSettingsShape } from "../../subgraphs/workpackages/src/settings.js";
import { workspacesSettingsShape } from "../../subgraphs/workspaces/src/settings.js";
import { documentedIn, DOC, operationsDoc, section } from "./operations-doc.js";

/**
 * docs/operations.md against the code: every variable a deployable, the tests or the benchmarks read is in
 * the table of its section, and every variable a table lists is read by something. Env shapes are imported;
 * the shapes written inline in entry files (bench/*.ts) and direct `process.env` reads are
 * found in the sources, since importing an entry file would run it.
 */

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

/** `.ts` files under a folder (recursive), node_modules and generated code left out. */
function tsFiles(dir: string): string[] {
  return (readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" }) as string[])
    .filter((file) => file.endsWith(".ts") && !file.includes("node_modules") && !file.split(path.sep).includes("generated"))
    .map((file) => path.join(dir, file));
}

/** The keys of env shapes written inline in a file: `  NAME: env.<kind>(` lines. */
const inlineShapeKeys = (file: string) => [...read(file).matchAll(/^\s+([A-Z][A-Z0-9_]*): env\.\w+\(/gm)].map((match) => match[1]!);

/** Variables read as `process.env.<NAME>` or `process.env["<NAME>"]`. */
const processEnvReads = (file: string) =>
  [...read(file).matchAll(/process\.env(?:\.([A-Z][A-Z0-9_]*)|\[\s*["']([A-Z][A-Z0-9_]*)["']\s*\])/g)].map(
    (match) => (match[1] ?? match[2])!,
  );

/** Variables docker-compose.yml interpolates from the shell: `${NAME…}`. */
const composeReads = () => [...read("docker-compose.yml").matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((match) => match[1]!);

const codeFolders = ["packages", "subgraphs", "gateway", "scripts", "bench", "tests"];
const allSources = [...codeFolders.flatMap(tsFiles), "vitest.config.ts"];
const sourcesOf = (dir: string) => allSources.filter((file) => file.startsWith(`${dir}/`));
/** Files that run only under vitest: tests, the test kit they share and the vitest config. */
const isTest = (file: string) =>
  /\.(test|e2e)\.ts$/.test(file) || ["tests/", "packages/test-kit/"].some((dir) => file.startsWith(dir)) || file === "vitest.config.ts";

/** Read by the logger of every service (packages/kernel/src/logger.ts), not through an env shape. */
const loggerReads = processEnvReads("packages/kernel/src/logger.ts");
/** Read by libraries, never by our code; the doc lists them in "Read by libraries". */
const READ_BY_LIBRARIES = ["NODE_ENV"];

const benchFiles = sourcesOf("bench").filter((file) => !isTest(file));

/** Each section of the doc and the variables the code reads that it must list. */
const sections: { heading: string; reads: string[] }[] = [
  { heading: "npm start", reads: [...Object.keys(startEnvShape), ...loggerReads] },
  { heading: "Every subgraph", reads: [...Object.keys(subgraphEnvShape(0)), ...loggerReads] },
  ...(
    [
      ["identity", identitySettingsShape],
      ["workspaces", workspacesSettingsShape],
      ["portfolio", portfolioSettingsShape],
      ["workpackages", workPackagesSettingsShape],
      ["timesheets", timesheetsSettingsShape],
      ["insights", insightsSettingsShape],
    ] as [string, EnvShape][]
  ).map(([heading, shape]) => ({ heading, reads: Object.keys(shape) })),
  { heading: "Gateway", reads: [...Object.keys(gatewayEnvShape), ...loggerReads] },
  { heading: "Read by libraries", reads: READ_BY_LIBRARIES },
  { heading: "docker-compose", reads: composeReads() },
  { heading: "Tests", reads: allSources.filter(isTest).flatMap(processEnvReads) },
  { heading: "Benchmarks", reads: benchFiles.flatMap(inlineShapeKeys) },
];

describe(DOC, () => {
  it("finds the variables it checks (the extraction still matches the code)", () => {
    expect(Object.keys(startEnvShape)).toContain("SEED_DEMO");
    expect(benchFiles.flatMap(inlineShapeKeys)).toContain("BENCH_CONCURRENCY");
    expect(loggerReads.sort()).toEqual(["LOG_FORMAT", "LOG_LEVEL"]);
    expect(allSources.filter(isTest).flatMap(processEnvReads)).toContain("TEST_DATABASE_NAMESPACE");
    // Every deployable reads the shared shapes; a new shared shape must be imported here too.
    for (const shape of [observabilityEnvShape, internalSecretsEnvShape]) {
      for (const key of Object.keys(shape)) {
        expect(gatewayEnvShape).toHaveProperty(key);
        expect(subgraphEnvShape(0)).toHaveProperty(key);
      }
    }
  });

  it.each(sections)("lists in its table under “$heading” every variable read there", ({ heading, reads }) => {
    const listed = documentedIn(section(heading));
    const missing = [...new Set(reads)].filter((name) => !listed.has(name)).sort();
    expect(missing, `${DOC}, section "${heading}": add a table row for each of these (what it does, its default)`).toEqual([]);
  });

  it("lists no variable that nothing reads", () => {
    const read = new Set([
      ...sections.flatMap((entry) => entry.reads),
      ...allSources.flatMap(processEnvReads),
      ...allSources.flatMap(inlineShapeKeys),
    ]);
    const listed = documentedIn(operationsDoc);
    const unread = [...listed].filter((name) => !read.has(name)).sort();
    expect(unread, `${DOC} lists variables no code reads: drop them or fix their names`).toEqual([]);
  });

  it("lists, in each section, only variables read there", () => {
    const stray = sections.flatMap(({ heading, reads }) =>
      [...documentedIn(section(heading))].filter((name) => !reads.includes(name)).map((name) => `${heading}: ${name}`),
    );
    expect(stray, `${DOC}: these rows sit in a section whose deployable does not read them`).toEqual([]);
  });

  it("names in the README's “Limits, cost and rate limits” only gateway variables that this doc's Gateway table lists", () => {
    const readme = read("README.md");
    const start = readme.indexOf("## Limits, cost and rate limits");
    expect(start, "README.md lost its “Limits, cost and rate limits” section").toBeGreaterThan(-1);
    const text = readme.slice(start, readme.indexOf("\n## ", start + 1));
    const codes = new Set<string>(Object.values(ErrorCode));
    const named = [...text.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((match) => match[1]!).filter((name) => !codes.has(name));
    expect(named.length).toBeGreaterThan(10);
    const gateway = documentedIn(section("Gateway"));
    expect(named.filter((name) => !gateway.has(name) || !(name in gatewayEnvShape || name in observabilityEnvShape))).toEqual([]);
  });

  it("lists every npm script of the root package.json, and only those, under “Scripts”", () => {
    const scripts = Object.keys((JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts);
    const listed = section("Scripts")
      .split("\n")
      .filter((line) => line.startsWith("|"))
      .flatMap((line) => [...(line.split("|")[1] ?? "").matchAll(/`([^`]+)`/g)].map((match) => match[1]!))
      .flatMap((cell) => /^(?:npm (?:run )?)?([\w:-]+)(?: -- .*)?$/.exec(cell)?.[1] ?? []);
    expect(scripts.filter((script) => !listed.includes(script)).sort(), `${DOC}, "Scripts": add a row for these`).toEqual([]);
    expect(listed.filter((script) => !scripts.includes(script)).sort(), `${DOC}, "Scripts": no such npm script`).toEqual([]);
  });
});
