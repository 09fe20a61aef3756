import { FieldResolver, Resolver, Root } from "type-graphql";
import { today } from "@plateau/subgraph-kit";
import { WorkPackage } from "../work-package/work-package.entity.js";
import { executionStatus, type ExecutionThresholds } from "./execution-status.calc.js";
import { ExecutionStatus, type ThresholdKind } from "./execution-status.types.js";

/**
 * The thresholds every package is measured against, in percent: behind schedule or over budget by more
 * than 10%, or 20% more effort than the progress made should have taken.
 */
export const DEFAULT_THRESHOLDS: ExecutionThresholds = { scheduleVariancePercent: 10, costVariancePercent: 10, effortVariancePercent: 20 };

/** `WorkPackage.executionStatus`: computed from the package's own figures and today, no statement of its own. */
@Resolver(() => WorkPackage)
export class ExecutionStatusResolver {
  @FieldResolver(() => ExecutionStatus, {
    description:
      "How the package executes today, by earned value: planned against actual progress, SPI and CPI, schedule variance in days " +
      "and percent, cost and effort variance, the finish SPI forecasts, and the thresholds passed (10% behind schedule or over " +
      "budget, 20% more effort). Cost figures are in the budget's currency, and null without a budget (or, for CPI, without a budget spent).",
  })
  executionStatus(@Root() workPackage: WorkPackage): ExecutionStatus {
    const asOf = today();
    const status = executionStatus({
      today: asOf,
      scheduledStart: workPackage.startDate,
      scheduledEnd: workPackage.endDate,
      actualEnd: workPackage.actualEndDate,
      progress: workPackage.progress,
      budgetAllocated: workPackage.budgetAmount === null ? null : Number(workPackage.budgetAmount),
      budgetSpent: workPackage.budgetSpentAmount === null ? null : Number(workPackage.budgetSpentAmount),
      estimatedEffortHours: workPackage.estimatedEffortHours,
      actualEffortHours: workPackage.actualEffortHours,
      thresholds: DEFAULT_THRESHOLDS,
    });
    return Object.assign(new ExecutionStatus(), {
      ...status,
      asOf,
      breaches: status.breaches.map((breach) => ({ ...breach, kind: breach.kind as ThresholdKind })),
    });
  }
}
