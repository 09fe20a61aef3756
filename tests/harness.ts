import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { TEST_INTERNAL_SECRETS, workerDatabaseUrl } from "@plateau/test-kit";
import type { EventBus } from "@plateau/events";
import { createLogger } from "@plateau/kernel";
import {
  DEFAULT_RATE_LIMIT_POLICY,
  readTrustedManifest,
  type EdgeSettings,
  type RunningGateway,
  type SubscriptionLimits,
  type TrustedDocumentSettings,
} from "@plateau/gateway";
import type { Telemetry } from "@plateau/observability";
import { startGatewayFor, startGraph, type RunningGraph } from "../scripts/graph.js";

/**
 * The edge as deployed, except budgets no test's burst of requests from one address and user can
 * spend (the rate-limit tests start gateways of their own with small ones).
 */
export const TEST_EDGE: Partial<EdgeSettings> = {
  rateLimit: { ...DEFAULT_RATE_LIMIT_POLICY, userPoints: 1e12, workspacePoints: 1e12, anonymousPoints: 1e12 },
};

/** The typed client's documents, known by hash (any other document runs too, as in the default setting). */
export const TEST_TRUSTED_DOCUMENTS: TrustedDocumentSettings = {
  manifest: readTrustedManifest(path.resolve(import.meta.dirname, "..", "packages/client/src/generated/persisted-documents.json")),
  only: false,
  allowAdmins: false,
};

/**
 * The whole graph on the test server's PostgreSQL, on free ports, with its own data folder (where
 * identity keeps its generated signing key: `<dataDir>/identity-keys/signing-key.json`).
 */
export async function startTestGraph(
  options: {
    onQuery?: (subgraph: string, sql: string) => void;
    dataDir?: string;
    redisUrl?: string;
    telemetry?: Telemetry;
    /** Environment of every service besides DATA_DIR (e.g. insights' OPENAI_BASE_URL). */
    settings?: Record<string, unknown>;
  } = {},
): Promise<RunningGraph> {
  return startGraph({
    database: { url: await workerDatabaseUrl() },
    fixedPorts: false,
    settings: { ...options.settings, DATA_DIR: options.dataDir ?? mkdtempSync(path.join(tmpdir(), "plateau-e2e-")) },
    onQuery: options.onQuery,
    redisUrl: options.redisUrl,
    edge: TEST_EDGE,
    trustedDocuments: TEST_TRUSTED_DOCUMENTS,
    telemetry: options.telemetry,
    // The secret test-kit's `execute` signs with, so tests can also call the subgraphs directly.
    internalSecrets: TEST_INTERNAL_SECRETS,
  });
}

/**
 * Another gateway instance in front of `graph`'s subgraphs (a second replica, or one with other
 * limits or another event bus), on a free port; the caller closes it.
 */
export function startExtraGateway(
  graph: RunningGraph,
  options: {
    eventBus?: EventBus;
    subscriptionLimits?: Partial<SubscriptionLimits>;
    edge?: Partial<EdgeSettings>;
    trustedDocuments?: TrustedDocumentSettings;
    /** A fixed port (to start a replacement where a closed one listened); a free one by default. */
    port?: number;
  } = {},
): Promise<RunningGateway> {
  return startGatewayFor(graph, {
    port: options.port,
    logger: createLogger({ service: "e2e-gateway", level: "silent" }),
    eventBus: options.eventBus,
    subscriptionLimits: options.subscriptionLimits,
    edge: { ...TEST_EDGE, ...options.edge },
    trustedDocuments: options.trustedDocuments ?? TEST_TRUSTED_DOCUMENTS,
  });
}
