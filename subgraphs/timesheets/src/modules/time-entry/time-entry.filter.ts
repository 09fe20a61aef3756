import { filterToWhere } from "@plateau/subgraph-kit";
import type { TimeEntryFilter } from "./time-entry.inputs.js";

type FilterTree = Omit<TimeEntryFilter, "billable" | "and" | "or"> & {
  billable?: { eq: boolean };
  and?: FilterTree[];
  or?: FilterTree[];
};

/**
 * The kit's `filterToWhere` reads every field as an operator object (`{ eq, in, … }`); `billable` is a
 * plain Boolean, so it is rewritten to `{ eq }` first, at every level of and/or.
 */
function withBooleanOperands(filter: TimeEntryFilter): FilterTree {
  const { billable, and, or, ...fields } = filter;
  return {
    ...fields,
    billable: billable === null || billable === undefined ? undefined : { eq: billable },
    and: and?.map(withBooleanOperands),
    or: or?.map(withBooleanOperands),
  };
}

/** The MikroORM where-clause of a `TimeEntryFilter` (ID operands checked, BAD_USER_INPUT naming the path). */
export function timeEntryWhere(filter: TimeEntryFilter | null | undefined): Record<string, unknown> {
  return filter ? filterToWhere(withBooleanOperands(filter)) : {};
}
