import "reflect-metadata";
import { runSubgraph } from "@plateau/subgraph-kit";
import { workpackages } from "./subgraph.js";

await runSubgraph(workpackages, 4004);
