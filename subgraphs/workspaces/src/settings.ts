import { env, parseEnv, type ParsedEnv } from "@plateau/kernel";

/** What workspaces reads from `deps.settings` (its environment); parsed once at start, failing fast. */
export const workspacesSettingsShape = {
  INVITATION_TTL_MS: env.int("How long an invitation stays acceptable, in ms", 7 * 24 * 60 * 60_000),
  TRUST_PROXY: env.optionalString(
    "Express `trust proxy` value (e.g. loopback) so audit entries record the client address a proxy forwards",
  ),
};

export type WorkspacesSettings = ParsedEnv<typeof workspacesSettingsShape>;

/** Parses the free-form settings a subgraph receives; non-string values are ignored. */
export function parseWorkspacesSettings(settings: Record<string, unknown> = {}): WorkspacesSettings {
  const source = Object.fromEntries(Object.entries(settings).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  return parseEnv(workspacesSettingsShape, source);
}
