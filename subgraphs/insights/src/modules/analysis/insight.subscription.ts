import { Arg, ID, Resolver, Subscription } from "type-graphql";
import { ACKNOWLEDGE_DESCRIPTION, servedByGateway } from "@plateau/subgraph-kit";
import { InsightEvent } from "./insight-event.types.js";

/**
 * Declares `insightGenerated` for the supergraph. The gateway executes it over graphql-ws from the
 * `insights.insight.generated` events on the insights stream; this subgraph serves HTTP only.
 */
@Resolver(() => InsightEvent)
export class InsightSubscriptionResolver {
  @Subscription(() => InsightEvent, {
    subscribe: servedByGateway,
    description:
      "Insights about a project as analyses store them (one event per insight). Pass the last `cursor` you received as `after` to get what you missed first.",
  })
  // The arguments are for the gateway; listed last-first because type-graphql prints them in reverse.
  insightGenerated(
    @Arg("acknowledge", () => Boolean, { defaultValue: false, description: ACKNOWLEDGE_DESCRIPTION }) _acknowledge: boolean,
    @Arg("after", () => String, { nullable: true, description: "The `cursor` of the last event received." }) _after: string | null,
    @Arg("projectId", () => ID, { description: "The project whose insights to follow; FORBIDDEN when it is not one of the workspace's." })
    _projectId: string,
  ): InsightEvent {
    return servedByGateway();
  }
}
