import { describe, expect, it } from "vitest";
import { addedMsPerRequest, formatRange, formatRatio, percentile, renderTable, requestsPerSecond, summarise } from "./stats.js";

describe("percentile", () => {
  it("interpolates between the nearest ranks, whatever the order of the samples", () => {
    const samples = [40, 10, 30, 20, 50];
    expect(percentile(samples, 0)).toBe(10);
    expect(percentile(samples, 50)).toBe(30);
    expect(percentile(samples, 95)).toBeCloseTo(48);
    expect(percentile(samples, 100)).toBe(50);
    expect(percentile([7], 95)).toBe(7);
  });

  it("has no value without samples and refuses percentiles outside 0–100", () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it("summarises durations as median and p95", () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(summarise(samples)).toEqual({ median: 50.5, p95: expect.closeTo(95.05, 5) as number });
  });
});

describe("throughput and ratios", () => {
  it("counts requests per second over all measurements together", () => {
    expect(
      requestsPerSecond([
        { requests: 300, elapsedMs: 1000 },
        { requests: 100, elapsedMs: 1000 },
      ]),
    ).toBe(200);
    expect(requestsPerSecond([])).toBeNaN();
  });

  it("turns two rates into the time one request adds", () => {
    expect(addedMsPerRequest(800, 1000)).toBeCloseTo(0.25);
    expect(addedMsPerRequest(1000, 1000)).toBe(0);
  });

  it("prints a ratio with how much slower or faster it is", () => {
    expect(formatRatio(820, 1000)).toBe("0.82× (-18 %)");
    expect(formatRatio(1500, 1000)).toBe("1.50× (+50 %)");
    expect(formatRatio(1000, 1000)).toBe("1.00× (±0 %)");
    expect(formatRatio(5, 0)).toBe("n/a");
  });

  it("prints the spread of per-round ratios", () => {
    expect(formatRange([0.84, 0.78, Number.NaN, 0.8])).toBe("0.78–0.84");
    expect(formatRange([])).toBe("n/a");
  });
});

describe("renderTable", () => {
  it("pads columns to their widest cell and right-aligns the numeric ones", () => {
    const table = renderTable(
      ["query", "req/s"],
      [
        ["{ __typename }", "1694"],
        ["{ me { id } }", "96"],
      ],
      [1],
    );
    expect(table.split("\n")).toEqual(["query           req/s", "--------------  -----", "{ __typename }   1694", "{ me { id } }      96"]);
  });
});
