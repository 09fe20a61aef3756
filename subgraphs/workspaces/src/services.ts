import { createLogger, type Logger } from "@plateau/kernel";
import type { SubgraphDeps } from "@plateau/subgraph-kit";

/** What the workspaces subgraph needs beyond the ORM: the keys service tokens are checked against. */
export interface WorkspacesServices {
  /** identity's public keys (they sign service tokens as well as access tokens). */
  tokenKeys: SubgraphDeps["tokenKeys"];
  /** Expected `iss` of service tokens: identity, like access tokens. */
  tokenIssuer: string;
  logger: Logger;
}

/** Built once at start from the subgraph's dependencies. */
export function createServices(deps: SubgraphDeps): WorkspacesServices {
  return {
    tokenKeys: deps.tokenKeys,
    tokenIssuer: deps.tokenAudience.issuer,
    logger: deps.logger ?? createLogger({ service: "workspaces" }),
  };
}
