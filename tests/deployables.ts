import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { EnvShape } from "@plateau/kernel";
import { subgraphEnvShape } from "@plateau/subgraph-kit";
// The env module itself: @plateau/gateway's index also loads @apollo/gateway, whose OpenTelemetry
// dependency does not load under vitest (extensionless ESM imports).
import { gatewayEnvShape } from "../gateway/src/env.js";
import { identitySettingsShape } from "../subgraphs/identity/src/settings.js";
import { insightsSettingsShape } from "../subgraphs/insights/src/settings.js";
import { portfolioSettingsShape } from "../subgraphs/portfolio/src/settings.js";
import { timesheetsSettingsShape } from "../subgraphs/timesheets/src/settings.js";
import { workPackagesSettingsShape } from "../subgraphs/workpackages/src/settings.js";
import { workspacesSettingsShape } from "../subgraphs/workspaces/src/settings.js";

/**
 * The deployables (the gateway and each subgraph) as the deployment files must run them: the variables
 * each one reads and its default port, taken from the code. docker-compose.yml (tests/deployment.test.ts)
 * and the Kubernetes manifests (tests/kubernetes-manifests.test.ts) are both checked against this list.
 */

const root = path.resolve(import.meta.dirname, "..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

/** Each subgraph's own settings (signing keys, other subgraphs' URLs), read besides the kit's. */
const SETTINGS_SHAPES: Record<string, EnvShape> = {
  identity: identitySettingsShape,
  workspaces: workspacesSettingsShape,
  portfolio: portfolioSettingsShape,
  timesheets: timesheetsSettingsShape,
  workpackages: workPackagesSettingsShape,
  insights: insightsSettingsShape,
};

/** The folders under subgraphs/, one deployable each. */
export const subgraphNames = readdirSync(path.join(root, "subgraphs")).filter((name) =>
  statSync(path.join(root, "subgraphs", name)).isDirectory(),
);

/** The port a subgraph's `src/main.ts` passes to `runSubgraph`; undefined while the file does not exist. */
function subgraphDefaultPort(name: string): number | undefined {
  const file = `subgraphs/${name}/src/main.ts`;
  if (!existsSync(path.join(root, file))) return undefined;
  const match = /runSubgraph\(\s*[\w.]+\s*,\s*(\d+)\s*\)/.exec(read(file));
  if (!match) throw new Error(`${file} must start the subgraph with runSubgraph(definition, <port>) so its default port is known`);
  return Number(match[1]);
}

/** Variables read outside the env shapes (the shapes themselves are imported), with who reads them. */
const READ_EVERYWHERE = { LOG_LEVEL: "the logger (packages/kernel/src/logger.ts)", NODE_ENV: "express and Apollo Server" };
const READ_BY_SUBGRAPHS = { REDIS_URL: "the Redis event bus" };

export interface Deployable {
  name: string;
  shape: EnvShape;
  /** The code's default port; undefined for a subgraph whose main.ts is not written yet. */
  port: number | undefined;
  /** Where the code sets that port, for messages. */
  portSource: string;
  /** Variables read outside {@link shape}, with who reads them. */
  extras: Record<string, string>;
  /** The headings of docs/operations.md whose tables list the variables it reads. */
  docSections: string[];
}

export const subgraphs: Deployable[] = subgraphNames.map((name) => {
  const port = subgraphDefaultPort(name);
  return {
    name,
    shape: { ...subgraphEnvShape(port ?? 0), ...(SETTINGS_SHAPES[name] ?? {}) },
    port,
    portSource: `subgraphs/${name}/src/main.ts`,
    extras: { ...READ_EVERYWHERE, ...READ_BY_SUBGRAPHS },
    docSections: ["Every subgraph", name, "Read by libraries"],
  };
});

export const gateway: Deployable = {
  name: "gateway",
  shape: gatewayEnvShape,
  port: gatewayEnvShape.PORT.parse(undefined, "PORT"),
  portSource: "gateway/src/env.ts (PORT's default)",
  extras: READ_EVERYWHERE,
  docSections: ["Gateway", "Read by libraries"],
};

export const deployables = [...subgraphs, gateway];

/** Every variable a deployable reads: its env shape's and those read elsewhere. */
export const variablesReadBy = (deployable: Deployable) => [...Object.keys(deployable.shape), ...Object.keys(deployable.extras)];
