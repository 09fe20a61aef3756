import type { SubgraphDefinition } from "@plateau/subgraph-kit";
import { portfolio } from "@plateau/portfolio";

/** Every subgraph with its default port, in start order (identity first: the others need its JWKS). */
export const SUBGRAPHS: (SubgraphDefinition<never, never> & { port: number })[] = [
  { ...(portfolio as SubgraphDefinition<never, never>), port: 4003 },
];
