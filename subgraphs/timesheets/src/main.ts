import "reflect-metadata";
import { runSubgraph } from "@plateau/subgraph-kit";
import { timesheets } from "./subgraph.js";

await runSubgraph(timesheets, 4005);
