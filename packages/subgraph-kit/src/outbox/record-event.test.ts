import type { EntityManager } from "@mikro-orm/core";
import { portfolioEvents, workspacesEvents, type DomainEvent, type WorkflowChanged } from "@plateau/events";
import { describe, expectTypeOf, it } from "vitest";
import { recordEvent } from "./record-event.js";

/*
 * What these tests check is the type checker's verdict (`npm run typecheck` compiles this file): each
 * `@ts-expect-error` fails the build if the call below it stops being an error.
 */

const subject = { typename: "Board", id: "b1" };

/** Calls that must not compile; never run. */
export function wrongPayloads(em: EntityManager): void {
  // @ts-expect-error a field of the contract is missing
  recordEvent(em, { type: portfolioEvents.workflowChanged, subject, data: { projectId: "p1" } });
  // @ts-expect-error a field the contract does not declare
  recordEvent(em, { type: portfolioEvents.workflowChanged, subject, data: { projectId: "p1", version: 2, columns: 3 } });
  // @ts-expect-error a field of the wrong type
  recordEvent(em, { type: portfolioEvents.workflowChanged, subject, data: { projectId: "p1", version: "2" } });
  // @ts-expect-error another event's data
  recordEvent(em, { type: workspacesEvents.workspaceDeleted, subject, data: { projectId: "p1", version: 2 } });
  // @ts-expect-error a contract's name alone, not the contract
  recordEvent(em, { type: portfolioEvents.workflowChanged.name, subject, data: { projectId: "p1", version: 2 } });
}

describe("recordEvent", () => {
  it("takes exactly the data its event type's contract declares, and returns an event of it", () => {
    type Input = Parameters<typeof recordEvent<WorkflowChanged>>[1];
    expectTypeOf<Input["data"]>().toEqualTypeOf<WorkflowChanged>();
    expectTypeOf(recordEvent<WorkflowChanged>).returns.toEqualTypeOf<DomainEvent<WorkflowChanged>>();
  });
});
