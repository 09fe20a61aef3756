import { Connection } from "@plateau/subgraph-kit";
import { ActivityEntry } from "./activity-entry.entity.js";

export const ActivityEntryConnection = Connection(ActivityEntry);
