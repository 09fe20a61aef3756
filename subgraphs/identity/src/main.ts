import "reflect-metadata";
import { runSubgraph } from "@plateau/subgraph-kit";
import { identity } from "./subgraph.js";

await runSubgraph(identity, 4001);
