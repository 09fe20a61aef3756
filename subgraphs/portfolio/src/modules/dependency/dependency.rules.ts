import { canRead, type IRules } from "@plateau/subgraph-kit";

/** Who may read dependencies. Root operations take their rules from the access matrix (@plateau/kernel, access.ts). */
export const dependencyRules: IRules = {
  TaskDependency: canRead,
  TaskDependencies: canRead,
  TaskDependencyPayload: canRead,
  RemoveTaskDependencyPayload: canRead,
};
