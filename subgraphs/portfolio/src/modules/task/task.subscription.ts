import { Arg, ID, Resolver, Subscription } from "type-graphql";
import { ACKNOWLEDGE_DESCRIPTION, servedByGateway } from "@plateau/subgraph-kit";
import { TaskEvent } from "./task-event.types.js";

/** `taskChanged`: declared here, executed by the gateway (servedByGateway in the subgraph kit). */
@Resolver()
export class TaskSubscriptionResolver {
  @Subscription(() => TaskEvent, {
    subscribe: servedByGateway,
    description:
      "Live changes of one task over graphql-ws (at /graphql): edits, moves, status and assignee changes, tree moves, " +
      "dependencies, comments, deletion; in the order they were committed. To resume after a disconnect without missing " +
      "any, pass the `cursor` of the last event received as `after`. FORBIDDEN when the task is not one of the workspace's.",
  })
  taskChanged(
    // type-graphql prints arguments last-first: this order prints `(taskId, after, acknowledge)`.
    @Arg("acknowledge", () => Boolean, {
      defaultValue: false,
      description: ACKNOWLEDGE_DESCRIPTION,
    })
    _acknowledge: boolean,

    @Arg("after", () => String, {
      nullable: true,
      description: "Resume after this cursor (an event's `cursor`); omit to start with the next change.",
    })
    _after: string | undefined,

    @Arg("taskId", () => ID, { description: "The task to follow." }) _taskId: string,
  ): TaskEvent {
    return servedByGateway();
  }
}
