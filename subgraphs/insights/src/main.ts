import "reflect-metadata";
import { runSubgraph } from "@plateau/subgraph-kit";
import { insights } from "./subgraph.js";

await runSubgraph(insights, 4006);
