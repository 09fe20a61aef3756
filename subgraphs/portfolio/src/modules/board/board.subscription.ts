import { Arg, ID, Resolver, Subscription } from "type-graphql";
import { ACKNOWLEDGE_DESCRIPTION, servedByGateway } from "@plateau/subgraph-kit";
import { BoardEvent } from "./board-event.types.js";

/** `boardChanged`: declared here, executed by the gateway (servedByGateway in the subgraph kit). */
@Resolver()
export class BoardSubscriptionResolver {
  @Subscription(() => BoardEvent, {
    subscribe: servedByGateway,
    description:
      "Live changes of a project's board over graphql-ws (at /graphql): cards created, edited, moved and deleted, and " +
      "column changes. Events for one card arrive in order. To resume after a disconnect without missing any, pass the " +
      "`cursor` of the last event received as `after`; a cursor older than the stream keeps is refused, and the client " +
      "refetches the board. FORBIDDEN when the project is not one of the workspace's.",
  })
  boardChanged(
    // type-graphql prints arguments last-first: this order prints `(projectId, after, acknowledge)`.
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

    @Arg("projectId", () => ID, { description: "The project whose board to follow." }) _projectId: string,
  ): BoardEvent {
    return servedByGateway();
  }
}
