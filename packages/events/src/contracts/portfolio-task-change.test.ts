import { describe, expect, it } from "vitest";
import { createEvent, type DeliveredEvent } from "../envelope.js";
import { portfolioEvents } from "./portfolio.js";
import { taskStateChange } from "./portfolio-task-change.js";

const TASK = "0190a000-0000-7000-8000-0000000000aa";
const PROJECT = "0190a000-0000-7000-8000-0000000000bb";
const USER = "0190a000-0000-7000-8000-0000000000cc";
const DAY = "2026-11-20";

const event = (type: { name: string; version: number }, data: Record<string, unknown>): DeliveredEvent =>
  ({
    ...createEvent({ type: type as never, subject: { typename: "Task", id: TASK }, data, workspaceId: null, actorId: null }),
    cursor: "1-0",
  }) as never;

describe("what portfolio's task events change in a read model of the task", () => {
  it("takes a new task's planning fields, completed the day it was created DONE", () => {
    const created = { projectId: PROJECT, status: "TODO", assigneeId: USER, dueDate: "2026-12-01", estimateHours: 8, title: "x" };
    expect(taskStateChange(event(portfolioEvents.taskCreated, created), DAY)).toEqual({
      status: "TODO",
      assigneeId: USER,
      dueDate: "2026-12-01",
      estimateHours: 8,
      completedOn: null,
    });
    expect(taskStateChange(event(portfolioEvents.taskCreated, { ...created, status: "DONE" }), DAY)).toMatchObject({ completedOn: DAY });
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
    expect(taskStateChange(event(portfolioEvents.taskUpdated, updated), DAY)).toEqual({
      status: "IN_PROGRESS",
      assigneeId: null,
      dueDate: null,
      estimateHours: 3.5,
      completedOn: null,
    });
    expect(taskStateChange(event(portfolioEvents.taskUpdated, { projectId: PROJECT, changedFields: ["title"] }), DAY)).toEqual({});
  });

  it("dates a completion with its assignee and due date then, and undoes it when the task leaves DONE", () => {
    const completed = { projectId: PROJECT, assigneeId: USER, dueDate: "2026-11-19" };
    expect(taskStateChange(event(portfolioEvents.taskCompleted, completed), DAY)).toEqual({
      status: "DONE",
      completedOn: DAY,
      assigneeId: USER,
      dueDate: "2026-11-19",
    });
    expect(taskStateChange(event(portfolioEvents.taskStatusChanged, { projectId: PROJECT, from: "DONE", to: "IN_REVIEW" }), DAY)).toEqual({
      status: "IN_REVIEW",
      completedOn: null,
    });
    // Becoming DONE leaves the date to task.completed, whichever of the two is applied first.
    expect(taskStateChange(event(portfolioEvents.taskStatusChanged, { projectId: PROJECT, from: "TODO", to: "DONE" }), DAY)).toEqual({
      status: "DONE",
    });
  });

  it("follows assignments and deletions, ignores malformed values and other events", () => {
    expect(taskStateChange(event(portfolioEvents.userAssigned, { taskId: TASK, projectId: PROJECT, from: null, to: USER }), DAY)).toEqual({
      assigneeId: USER,
    });
    expect(taskStateChange(event(portfolioEvents.userAssigned, { taskId: TASK, projectId: PROJECT, from: USER, to: null }), DAY)).toEqual({
      assigneeId: null,
    });
    expect(taskStateChange(event(portfolioEvents.userAssigned, { taskId: TASK, projectId: PROJECT, from: USER, to: "x" }), DAY)).toEqual(
      {},
    );
    expect(taskStateChange(event(portfolioEvents.taskDeleted, { projectId: PROJECT, parentId: null }), DAY)).toBe("delete");
    expect(taskStateChange(event(portfolioEvents.taskMoved, { projectId: PROJECT, from: "TODO", to: "NONSENSE" }), DAY)).toBeNull();
    const garbled = { projectId: PROJECT, status: "TODO", assigneeId: "not-an-id", dueDate: "tomorrow", estimateHours: -1 };
    expect(taskStateChange(event(portfolioEvents.taskCreated, garbled), DAY)).toEqual({ status: "TODO", completedOn: null });
    expect(taskStateChange(event(portfolioEvents.commentAdded, { taskId: TASK, commentId: TASK, mentionedUserIds: [] }), DAY)).toBeNull();
  });
});
