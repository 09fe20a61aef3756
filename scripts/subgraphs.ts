import type { AnySubgraphDefinition } from "@plateau/subgraph-kit";
import { identity } from "@plateau/identity";
import { insights } from "@plateau/insights";
import { portfolio } from "@plateau/portfolio";
import { timesheets } from "@plateau/timesheets";
import { workpackages } from "@plateau/workpackages";
import { workspaces } from "@plateau/workspaces";

/** Every subgraph with its default port. */
export const SUBGRAPHS: { definition: AnySubgraphDefinition; port: number }[] = [
  { definition: identity, port: 4001 },
  { definition: workspaces, port: 4002 },
  { definition: portfolio, port: 4003 },
  { definition: workpackages, port: 4004 },
  { definition: timesheets, port: 4005 },
  { definition: insights, port: 4006 },
];
