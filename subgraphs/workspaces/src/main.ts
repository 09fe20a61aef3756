import "reflect-metadata";
import { runSubgraph } from "@plateau/subgraph-kit";
import { workspaces } from "./subgraph.js";

await runSubgraph(workspaces, 4002);
