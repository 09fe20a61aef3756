import { type Task, taskRef } from "./task.stub.js";

/** Task references need no lookup: timesheets only adds fields keyed by the id. */
export const taskReference = {
  __resolveReference: (reference: { id: string }): Task => taskRef(reference.id),
};
