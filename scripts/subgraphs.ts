import type { AnySubgraphDefinition } from "@plateau/subgraph-kit";
import { portfolio } from "@plateau/portfolio";

/** Every subgraph with its default port, in start order (identity first: the others need its JWKS). */
export const SUBGRAPHS: { definition: AnySubgraphDefinition; port: number }[] = [{ definition: portfolio, port: 4003 }];
