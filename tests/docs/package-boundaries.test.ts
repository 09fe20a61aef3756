import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The "must never import" rules of each `packages/<name>/README.md`, checked by scanning imports. Only
 * source that ships is scanned: tests (`*.test.ts`, `*.int.test.ts`) may import what they need.
 */

const root = path.resolve(import.meta.dirname, "../..");

/** Non-test `.ts` files under a folder, relative to the repository root. */
function shippedSources(dir: string): string[] {
  return (readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" }) as string[])
    .filter((file) => file.endsWith(".ts") && !/\.(test|e2e)\.ts$/.test(file) && !file.includes("node_modules"))
    .map((file) => path.join(dir, file));
}

/** Every module specifier a file imports or re-exports, statically or with `import()`. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const patterns = [
    /^\s*(?:import|export)\b[^'"]*?\bfrom\s*["']([^"']+)["']/gm,
    /^\s*import\s*["']([^"']+)["']/gm,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]!));
}

/** The package a bare specifier names (`@scope/name`, `name`, `node:x`); undefined for a relative path. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith(".")) return undefined;
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

interface Rule {
  /** What the rule forbids, as the package's README says it. */
  never: string;
  /** True for a package name (or `node:…`) the rule forbids. */
  forbids(pkg: string): boolean;
}

const plateau = (pkg: string) => pkg.startsWith("@plateau/");
const orm = (pkg: string) => pkg.startsWith("@mikro-orm/") || pkg === "@electric-sql/pglite" || pkg === "pg";
const apollo = (pkg: string) => pkg.startsWith("@apollo/");

const RULES: Record<string, Rule[]> = {
  kernel: [
    { never: "another @plateau package (everything depends on the kernel)", forbids: plateau },
    { never: "express (it is used by scripts and tests that run no server)", forbids: (pkg) => pkg === "express" },
    { never: "MikroORM or a database driver", forbids: orm },
    { never: "type-graphql, Apollo or Redis", forbids: (pkg) => pkg === "type-graphql" || apollo(pkg) || pkg === "ioredis" },
  ],
  events: [
    { never: "a @plateau package other than the kernel", forbids: (pkg) => plateau(pkg) && pkg !== "@plateau/kernel" },
    {
      never: "MikroORM, express, Apollo or type-graphql (the outbox lives in the subgraph kit)",
      forbids: (pkg) => orm(pkg) || pkg === "express" || apollo(pkg) || pkg === "type-graphql",
    },
  ],
  observability: [
    { never: "a @plateau package other than the kernel", forbids: (pkg) => plateau(pkg) && pkg !== "@plateau/kernel" },
    {
      never: "MikroORM, Redis or type-graphql (SQL spans and pool gauges live in the subgraph kit)",
      forbids: (pkg) => orm(pkg) || pkg === "ioredis" || pkg === "type-graphql",
    },
  ],
  "subgraph-kit": [
    {
      never: "the test kit, the client, the gateway or a subgraph",
      forbids: (pkg) => plateau(pkg) && !["@plateau/kernel", "@plateau/events", "@plateau/observability"].includes(pkg),
    },
    { never: "@apollo/gateway", forbids: (pkg) => pkg === "@apollo/gateway" },
  ],
  "test-kit": [
    {
      never:
        "a @plateau package other than the kernel, the client and the subgraph kit (it starts subgraphs and speaks to them through their API)",
      forbids: (pkg) => plateau(pkg) && !["@plateau/kernel", "@plateau/client", "@plateau/subgraph-kit"].includes(pkg),
    },
  ],
  client: [
    { never: "a @plateau package (an SPA installs it alone)", forbids: plateau },
    { never: "a Node built-in (it runs in browsers)", forbids: (pkg) => pkg.startsWith("node:") },
  ],
};

const packageNames = readdirSync(path.join(root, "packages"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe("package boundaries", () => {
  it("has rules for every package", () => {
    expect(Object.keys(RULES).sort(), "add the new package's rules here and in its README").toEqual(packageNames.sort());
  });

  describe.each(packageNames)("packages/%s", (name) => {
    const files = shippedSources(`packages/${name}/src`);

    it.each(RULES[name] ?? [])("never imports $never", (rule) => {
      const offending = files.flatMap((file) =>
        importsOf(file)
          .filter((specifier) => {
            const pkg = packageOf(specifier);
            return pkg !== undefined && rule.forbids(pkg);
          })
          .map((specifier) => `${file}: ${specifier}`),
      );
      expect(offending, `packages/${name}/README.md: never ${rule.never}`).toEqual([]);
    });

    it("imports nothing outside itself by a relative path", () => {
      const escaping = files.flatMap((file) =>
        importsOf(file)
          .filter((specifier) => specifier.startsWith("."))
          .filter(
            (specifier) => !path.resolve(root, path.dirname(file), specifier).startsWith(path.join(root, "packages", name) + path.sep),
          )
          .map((specifier) => `${file}: ${specifier}`),
      );
      expect(escaping, "import another package by its name, never by a path into it").toEqual([]);
    });

    it("has a README", () => {
      expect(
        existsSync(path.join(root, "packages", name, "README.md")),
        `packages/${name}/README.md: what it offers, what it never imports`,
      ).toBe(true);
    });
  });

  it("keeps the test kit out of what services run (only tests, scripts and benchmarks import it)", () => {
    const services = [
      ...packageNames.filter((name) => name !== "test-kit").map((name) => `packages/${name}/src`),
      ...readdirSync(path.join(root, "subgraphs")).map((name) => `subgraphs/${name}/src`),
      "gateway/src",
    ];
    const offending = services.flatMap(shippedSources).flatMap((file) =>
      importsOf(file)
        .filter((specifier) => packageOf(specifier) === "@plateau/test-kit")
        .map(() => file),
    );
    expect(offending, "@plateau/test-kit is a dev dependency: move what a service needs into the kernel or the kit").toEqual([]);
  });

  it("finds imports (the scan still matches the code)", () => {
    expect(shippedSources("packages/subgraph-kit/src").flatMap(importsOf)).toContain("@plateau/kernel");
  });
});
