import { defineEventType, type EventType } from "../envelope.js";

/** What a service says about a change of its data for the workspaces audit log. */
export interface DataChanged {
  entityType: string;
  entityId: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** The request that caused it (`x-request-id`), to match logs. */
  requestId?: string | null;
}

const DATA_CHANGED_SUFFIX = ".audit.data_changed";

/**
 * `<service>.audit.data_changed`: any service's record of a data change, stored by the workspaces
 * audit log as a DATA entry of the event's workspace.
 */
export function dataChangedEvent(service: string): EventType<DataChanged> {
  return defineEventType<DataChanged>(`${service}${DATA_CHANGED_SUFFIX}`, 1);
}

/** True for a data-change event of any service. */
export function isDataChangedEvent(type: string): boolean {
  return type.endsWith(DATA_CHANGED_SUFFIX);
}
