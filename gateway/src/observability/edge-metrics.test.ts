import { describe, expect, it } from "vitest";
import { Metrics } from "@plateau/observability";
import { edgeMetrics } from "./edge-metrics.js";

describe("edge metrics", () => {
  it("count rate-limit refusals, fail-open decisions and refused operations under the gateway's service label", async () => {
    const metrics = new Metrics();
    const edge = edgeMetrics(metrics, "gateway");

    edge.rateLimited.inc({ scope: "ip" });
    edge.rateLimited.inc({ scope: "ip" });
    edge.rateLimited.inc({ scope: "user" });
    edge.limiterFailOpen.inc({ scope: "ip" });
    edge.operationRefused.inc({ reason: "depth" });

    const text = await metrics.scrape();
    expect(text).toContain('plateau_rate_limit_refusals_total{service="gateway",scope="ip"} 2');
    expect(text).toContain('plateau_rate_limit_refusals_total{service="gateway",scope="user"} 1');
    expect(text).toContain('plateau_rate_limiter_fail_open_total{service="gateway",scope="ip"} 1');
    expect(text).toContain('plateau_operations_refused_total{service="gateway",reason="depth"} 1');
  });

  it("keep two registries apart (two graphs in one process)", async () => {
    const first = new Metrics();
    const second = new Metrics();

    edgeMetrics(first, "gateway").rateLimited.inc({ scope: "ip" });

    expect(await first.scrape()).toContain('plateau_rate_limit_refusals_total{service="gateway",scope="ip"} 1');
    expect(await second.scrape()).not.toContain('scope="ip"');
  });
});
