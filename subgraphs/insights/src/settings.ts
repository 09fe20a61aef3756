import type { EnvShape } from "@plateau/kernel";

/**
 * What insights reads from `deps.settings` (its environment) besides what every subgraph reads: nothing.
 * It calls no other subgraph: risks are evaluated from portfolio's events, and a read of them only reads
 * the caller's workspace's rows.
 */
export const insightsSettingsShape = {} satisfies EnvShape;
