import { Arg, ID, Resolver, Subscription } from "type-graphql";
import { ACKNOWLEDGE_DESCRIPTION, servedByGateway } from "@plateau/subgraph-kit";
import { RiskEvent } from "./risk-event.types.js";

/**
 * Declares `riskChanged` for the supergraph (composition, GraphiQL, codegen). The gateway executes it
 * over graphql-ws from the `insights.risk.changed` events on the insights stream (risk.events.ts); this
 * subgraph serves HTTP only, so subscribing here is refused with BAD_USER_INPUT.
 */
@Resolver(() => RiskEvent)
export class RiskSubscriptionResolver {
  @Subscription(() => RiskEvent, {
    subscribe: servedByGateway,
    description:
      "Risks of a project as the rules open, change and resolve them (after task moves, progress and date changes, or a read of Project.risks). Pass the last `cursor` you received as `after` to get what you missed first.",
  })
  // The arguments are for the gateway; listed last-first because type-graphql prints them in reverse.
  riskChanged(
    @Arg("acknowledge", () => Boolean, {
      defaultValue: false,
      description: ACKNOWLEDGE_DESCRIPTION,
    })
    _acknowledge: boolean,

    @Arg("after", () => String, { nullable: true, description: "The `cursor` of the last event received." }) _after: string | null,
    @Arg("projectId", () => ID, { description: "The project whose risks to follow; FORBIDDEN when it is not one of the workspace's." })
    _projectId: string,
  ): RiskEvent {
    return servedByGateway();
  }
}
