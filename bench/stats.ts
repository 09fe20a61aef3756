/**
 * Summaries and plain-text tables for the benchmarks: pure functions, so the numbers a benchmark prints
 * are computed the same way everywhere and can be unit-tested.
 */

/**
 * The `p`-th percentile (0–100) of `samples`, interpolating linearly between the two nearest ranks
 * (the method spreadsheets call PERCENTILE.INC). NaN for no samples.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (p < 0 || p > 100) throw new RangeError(`percentile must be within 0–100, got ${p}`);
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (rank - below);
}

/** Median and 95th percentile of a set of durations. */
export function summarise(samples: readonly number[]): { median: number; p95: number } {
  return { median: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** Responses per second over several measurements taken together. */
export function requestsPerSecond(measurements: readonly { requests: number; elapsedMs: number }[]): number {
  const requests = measurements.reduce((sum, m) => sum + m.requests, 0);
  const elapsedMs = measurements.reduce((sum, m) => sum + m.elapsedMs, 0);
  return elapsedMs > 0 ? (requests / elapsedMs) * 1000 : Number.NaN;
}

/** A load's cells in a results table, over its rounds: req/s, p50, p95 and p99 latency (ms), and the number of requests. */
export function loadCells(rounds: readonly { requests: number; elapsedMs: number; latenciesMs: number[] }[]): string[] {
  const latencies = rounds.flatMap((round) => round.latenciesMs);
  return [
    formatNumber(requestsPerSecond(rounds), 1),
    formatNumber(percentile(latencies, 50), 1),
    formatNumber(percentile(latencies, 95), 1),
    formatNumber(percentile(latencies, 99), 1),
    String(latencies.length),
  ];
}

/**
 * What `measured` adds to each request compared with `baseline`, in milliseconds, from their rates:
 * while the server is saturated, 1 / rate is the time one request occupies it.
 */
export function addedMsPerRequest(measuredPerSecond: number, baselinePerSecond: number): number {
  return 1000 / measuredPerSecond - 1000 / baselinePerSecond;
}

/** `value` with `digits` decimals, or "n/a" when it is not a finite number. */
export function formatNumber(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : "n/a";
}

/**
 * `measured / baseline` as "0.82× (-18 %)": the factor, and how much faster or slower that is. "n/a"
 * when the baseline is zero or either side is not a finite number.
 */
export function formatRatio(measured: number, baseline: number): string {
  const ratio = measured / baseline;
  if (!Number.isFinite(ratio) || baseline === 0) return "n/a";
  const change = Math.round((ratio - 1) * 100);
  const sign = change > 0 ? "+" : change < 0 ? "-" : "±";
  return `${ratio.toFixed(2)}× (${sign}${Math.abs(change)} %)`;
}

/** The smallest and largest of `values` as "0.78–0.85" (two decimals); "n/a" when there are none. */
export function formatRange(values: readonly number[]): string {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return "n/a";
  return `${Math.min(...finite).toFixed(2)}–${Math.max(...finite).toFixed(2)}`;
}

/**
 * A plain-text table: a header row, a rule, then the rows. Columns are as wide as their widest cell;
 * the columns listed in `alignRight` (by index) are right-aligned, as numbers read best.
 */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], alignRight: readonly number[] = []): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: readonly string[]) =>
    widths
      .map((width, column) => {
        const cell = cells[column] ?? "";
        return alignRight.includes(column) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}
