import { Arg, ID, Resolver, Subscription } from "type-graphql";
import { ACKNOWLEDGE_DESCRIPTION, servedByGateway } from "@plateau/subgraph-kit";
import { ProjectEvent } from "./project-event.types.js";

/** `projectChanged`: declared here, executed by the gateway (servedByGateway in the subgraph kit). */
@Resolver()
export class ProjectSubscriptionResolver {
  @Subscription(() => ProjectEvent, {
    subscribe: servedByGateway,
    description:
      "Live changes of one project over graphql-ws (at /graphql): edits, progress and health, milestones achieved or " +
      "missed, archiving. To resume after a disconnect without missing any, pass the `cursor` of the last event received " +
      "as `after`. FORBIDDEN when the project is not one of the workspace's.",
  })
  projectChanged(
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

    @Arg("projectId", () => ID, { description: "The project to follow." }) _projectId: string,
  ): ProjectEvent {
    return servedByGateway();
  }
}
