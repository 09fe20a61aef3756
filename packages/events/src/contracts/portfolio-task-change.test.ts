import { describe, expect, it } from "vitest";
import { createEvent, type DeliveredEvent } from "../envelope.js";
import { portfolioEvents } from "./portfolio.js";
import { taskStateChange } from "./portfolio-task-change.js";

const TASK = "0190a000-0000-7000-8000-0000000000aa";
const PROJECT = "0190a000-0000-7000-8000-0000000000bb";
const USER = "0190a000-0000-7000-8000-0000000000cc";
const DAY = "2026-11-20";
/** A reader's calendar that puts every instant on DAY (the cases below that date by an instant use UTC). */
const dayOf = () => DAY;
const utcDay = (instant: Date) => instant.toISOString().slice(0, 10);

const event = (type: { name: string; version: number }, data: Record<string, unknown>): DeliveredEvent =>
  ({
    ...createEvent({ type: type as never, subject: { typename: "Task", id: TASK }, data, workspaceId: null, actorId: null }),
    cursor: "1-0",
  }) as never;

describe("what portfolio's task events change in a read model of the task", () => {
  it("takes a new task's planning fields, completed the day it was created DONE", () => {
    const created = { projectId: PROJECT, status: "TODO", assigneeId: USER, dueDate: "2026-12-01", estimateHours: 8, title: "x" };
    expect(taskStateChange(event(portfolioEvents.taskCreated, created), dayOf)).toEqual({
      status: "TODO",
      assigneeId: USER,
      dueDate: "2026-12-01",
      estimateHours: 8,
      completedOn: null,
    });
    expect(taskStateChange(event(portfolioEvents.taskCreated, { ...created, status: "DONE" }), dayOf)).toMatchObject({ completedOn: DAY });
  });

  it("takes an edit's values after the change; an older event without them changes nothing but the watermark", () => {
    const updated = {
      projectId: PROJECT,
      changedFields: ["dueDate"],
      status: "IN_PROGRESS",
      assigneeId: null,
      dueDate: null,
      estimateHours: 3.5,
    };
    expect(taskStateChange(event(portfolioEvents.taskUpdated, updated), dayOf)).toEqual({
      status: "IN_PROGRESS",
      assigneeId: null,
      dueDate: null,
      estimateHours: 3.5,
      completedOn: null,
    });
    expect(taskStateChange(event(portfolioEvents.taskUpdated, { projectId: PROJECT, changedFields: ["title"] }), dayOf)).toEqual({});
  });

  it("dates a completion with its assignee and due date then, and undoes it when the task leaves DONE", () => {
    const completed = { projectId: PROJECT, assigneeId: USER, dueDate: "2026-11-19" };
    expect(taskStateChange(event(portfolioEvents.taskCompleted, completed), dayOf)).toEqual({
      status: "DONE",
      completedOn: DAY,
      assigneeId: USER,
      dueDate: "2026-11-19",
    });
    expect(taskStateChange(event(portfolioEvents.taskStatusChanged, { projectId: PROJECT, from: "DONE", to: "IN_REVIEW" }), dayOf)).toEqual(
      {
        status: "IN_REVIEW",
        completedOn: null,
      },
    );
    // Becoming DONE leaves the date to task.completed, whichever of the two is applied first.
    expect(taskStateChange(event(portfolioEvents.taskStatusChanged, { projectId: PROJECT, from: "TODO", to: "DONE" }), dayOf)).toEqual({
      status: "DONE",
    });
  });

  it("follows assignments and deletions, ignores malformed values and other events", () => {
    expect(taskStateChange(event(portfolioEvents.userAssigned, { taskId: TASK, projectId: PROJECT, from: null, to: USER }), dayOf)).toEqual(
      {
        assigneeId: USER,
      },
    );
    expect(taskStateChange(event(portfolioEvents.userAssigned, { taskId: TASK, projectId: PROJECT, from: USER, to: null }), dayOf)).toEqual(
      {
        assigneeId: null,
      },
    );
    expect(taskStateChange(event(portfolioEvents.userAssigned, { taskId: TASK, projectId: PROJECT, from: USER, to: "x" }), dayOf)).toEqual(
      {},
    );
    expect(taskStateChange(event(portfolioEvents.taskDeleted, { projectId: PROJECT, parentId: null }), dayOf)).toBe("delete");
    expect(taskStateChange(event(portfolioEvents.taskMoved, { projectId: PROJECT, from: "TODO", to: "NONSENSE" }), dayOf)).toBeNull();
    const garbled = { projectId: PROJECT, status: "TODO", assigneeId: "not-an-id", dueDate: "tomorrow", estimateHours: -1 };
    expect(taskStateChange(event(portfolioEvents.taskCreated, garbled), dayOf)).toEqual({ status: "TODO", completedOn: null });
    expect(taskStateChange(event(portfolioEvents.commentAdded, { taskId: TASK, commentId: TASK, mentionedUserIds: [] }), dayOf)).toBeNull();
  });

  it("dates a completion by its completedAt in the reader's calendar, a corrected one by task.updated, and an older event by its own time", () => {
    const completedAt = "2026-10-05T23:30:00.000Z";
    const completed = { projectId: PROJECT, assigneeId: USER, dueDate: null, completedAt };
    expect(taskStateChange(event(portfolioEvents.taskCompleted, completed), utcDay)).toMatchObject({ completedOn: "2026-10-05" });
    // Two hours east of UTC it was already the 6th.
    const east = (instant: Date) => utcDay(new Date(instant.getTime() + 2 * 3_600_000));
    expect(taskStateChange(event(portfolioEvents.taskCompleted, completed), east)).toMatchObject({ completedOn: "2026-10-06" });

    const updated = {
      projectId: PROJECT,
      changedFields: ["completedAt"],
      status: "DONE",
      assigneeId: USER,
      dueDate: null,
      estimateHours: 3,
    };
    expect(taskStateChange(event(portfolioEvents.taskUpdated, { ...updated, completedAt: "2026-09-30T08:00:00Z" }), utcDay)).toMatchObject({
      status: "DONE",
      completedOn: "2026-09-30",
    });
    // An update of a DONE task without completedAt (older events) leaves the day as it is; a malformed one too.
    expect(taskStateChange(event(portfolioEvents.taskUpdated, updated), utcDay)).not.toHaveProperty("completedOn");
    expect(taskStateChange(event(portfolioEvents.taskUpdated, { ...updated, completedAt: "yesterday" }), utcDay)).not.toHaveProperty(
      "completedOn",
    );

    // Without completedAt, or with a malformed one, the event's own time dates it.
    const older = event(portfolioEvents.taskCompleted, { projectId: PROJECT, assigneeId: USER, dueDate: null, completedAt: "not a time" });
    expect(taskStateChange(older, utcDay)).toMatchObject({ completedOn: older.occurredAt.slice(0, 10) });
  });
});
