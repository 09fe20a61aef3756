import { canRead, type IRules } from "@plateau/subgraph-kit";

/** A package's execution status is read by whoever may read the package. */
export const executionStatusRules: IRules = {
  ExecutionStatus: canRead,
  ThresholdBreach: canRead,
};
