import { createRequire } from "node:module";
import { defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

/**
 * Three suites, chosen by file suffix (CONTRIBUTING.md, "How tests are organised"): `*.test.ts` unit (no I/O), `*.int.test.ts` one
 * service against real PostgreSQL/Redis, `*.e2e.ts` the whole graph through the gateway.
 */
// Not "module": packages such as @opentelemetry/api map it to builds Node itself cannot load.
const conditions = ["plateau-source", ...defaultServerConditions.filter((condition) => condition !== "module")];
const shared = {
  resolve: {
    // Workspace packages resolve to their TypeScript sources; graphql must load once ("another realm").
    conditions,
    alias: { graphql: require.resolve("graphql") },
  },
  ssr: { resolve: { conditions } },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          include: [
            "packages/*/src/**/*.test.ts",
            "subgraphs/*/src/**/*.test.ts",
            "gateway/src/**/*.test.ts",
            "bench/**/*.test.ts",
            "tests/**/*.test.ts",
          ],
          exclude: ["**/*.int.test.ts", "**/node_modules/**"],
        },
      },
      {
        ...shared,
        test: {
          name: "integration",
          // Services log JSON lines; keep test output readable unless LOG_LEVEL asks for them.
          env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "silent" },
          include: ["**/*.int.test.ts"],
          exclude: ["**/node_modules/**"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        ...shared,
        test: {
          name: "e2e",
          env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "silent" },
          include: ["tests/**/*.e2e.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
