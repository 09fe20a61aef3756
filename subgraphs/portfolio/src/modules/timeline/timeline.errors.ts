/** Why the scheduling core refused its input; the service maps every code to BAD_USER_INPUT. */
export const TimelineErrorCode = {
  /** A date is not a calendar date in the form YYYY-MM-DD. */
  INVALID_DATE: "INVALID_DATE",
  /** An item's planned (or baseline) end is before its start. */
  END_BEFORE_START: "END_BEFORE_START",
  /** Two items share an id. */
  DUPLICATE_ITEM: "DUPLICATE_ITEM",
  /** A dependency names an item that is not in the input. */
  UNKNOWN_ITEM: "UNKNOWN_ITEM",
  /** A dependency type is not one of the four. */
  INVALID_DEPENDENCY_TYPE: "INVALID_DEPENDENCY_TYPE",
  /** A lag is not a whole number of days, or an estimate is negative or not finite. */
  INVALID_NUMBER: "INVALID_NUMBER",
  /** The dependencies form a cycle; the error carries it. */
  DEPENDENCY_CYCLE: "DEPENDENCY_CYCLE",
  /** No project start was given and no item has a date to derive one from. */
  MISSING_PROJECT_START: "MISSING_PROJECT_START",
} as const;
export type TimelineErrorCode = (typeof TimelineErrorCode)[keyof typeof TimelineErrorCode];

/** Input the scheduler cannot compute a timeline for. */
export class TimelineError extends Error {
  constructor(
    readonly code: TimelineErrorCode,
    message: string,
    /** The ids of the items involved (for a cycle: the cycle, first id repeated at the end). */
    readonly itemIds: readonly string[] = [],
  ) {
    super(message);
    this.name = "TimelineError";
  }
}
