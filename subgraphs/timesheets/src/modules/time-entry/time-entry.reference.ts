import type { TimesheetsContext } from "../../context.js";
import type { TimeEntry } from "./time-entry.entity.js";

/** Resolves TimeEntry references through the request's loader (the tenant filter hides other workspaces). */
export const timeEntryReference = {
  __resolveReference: (reference: { id: string }, ctx: TimesheetsContext): Promise<TimeEntry | null> =>
    ctx.loaders.timeEntry.load(reference.id),
};
