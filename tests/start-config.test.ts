import { describe, expect, it } from "vitest";
import { edgeSettingsFromEnv } from "@plateau/gateway";
import { readStartConfig } from "../scripts/start-config.js";

describe("npm start's configuration", () => {
  it("needs no variable on a bare machine", () => {
    const { config, gatewayConfig } = readStartConfig({});
    expect(config).toMatchObject({ PORT: 4000, DATA_DIR: ".data", SEED_DEMO: true, METRICS_PORT: 9464 });
    const edge = edgeSettingsFromEnv(gatewayConfig);
    // The demo is explored in GraphiQL: introspection is open unless set otherwise; the limits are the gateway's.
    expect(edge.introspection).toBe("on");
    expect(edge.limits.maxCost).toBe(50_000);
    expect(edge.rateLimit).toMatchObject({ userPoints: 100_000 });
  });

  it("takes the gateway's edge variables as a deployed gateway does", () => {
    const { gatewayConfig } = readStartConfig({ GRAPHQL_INTROSPECTION: "signed-in", MAX_QUERY_DEPTH: "7", RATE_LIMIT_ENABLED: "false" });
    const edge = edgeSettingsFromEnv(gatewayConfig);
    expect(edge).toMatchObject({ introspection: "signed-in", rateLimit: false, limits: { maxDepth: 7 } });
  });
});
