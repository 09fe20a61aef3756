import "reflect-metadata";
import { runSubgraph } from "@plateau/subgraph-kit";
import { portfolio } from "./subgraph.js";

await runSubgraph(portfolio, 4003);
