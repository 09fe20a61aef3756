import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Project } from "../project/project.stub.js";
import { RiskAssessment } from "./risk.entity.js";
import { RiskSeverity, RiskStatus } from "./risk.enums.js";
import { RiskEventKind } from "./risk.events.js";

/**
 * The kinds a RiskEvent has: those of `insights.risk.changed`, and SUBSCRIBED, which the gateway sends
 * first to a subscriber that asked for `acknowledge` (never an event of the stream).
 */
export const RiskEventDeliveredKind = { ...RiskEventKind, SUBSCRIBED: "SUBSCRIBED" } as const;
export type RiskEventDeliveredKind = (typeof RiskEventDeliveredKind)[keyof typeof RiskEventDeliveredKind];

registerEnumType(RiskEventDeliveredKind, {
  name: "RiskEventKind",
  description: "What happened to a risk assessment.",
  valuesConfig: {
    OPENED: { description: "A rule started firing on the project: a new OPEN assessment." },
    UPDATED: { description: "An OPEN assessment's severity or metric changed." },
    RESOLVED: { description: "The rule no longer fires: the assessment is RESOLVED." },
    SUBSCRIBED: {
      description:
        "Only with `acknowledge: true`, always first: the subscription is live from `cursor` (pass it as `after` to resume). " +
        "Not a change and no assessment: `project` is the project now; `risk` and `previousSeverity` are null, `riskId` is " +
        "this event's `eventId`, `severity` LOW and `status` RESOLVED (fields that are never null).",
    },
  },
});

/**
 * One `riskChanged` event, as the gateway delivers it (built from an `insights.risk.changed` event,
 * risk.events.ts). Declared here for composition, GraphiQL and codegen; never resolved by this subgraph:
 * the gateway fills the scalars from the event and resolves `risk` and `project` as the subscriber.
 */
@ObjectType({ description: "A rule-based risk of a project opened, changed or resolved." })
export class RiskEvent {
  @Field(() => ID, { description: "The domain event's id: the same event delivered twice has the same id." })
  eventId!: string;

  @Field(() => String, { description: "The event's stream position: pass it as `after` when subscribing again to get what was missed." })
  cursor!: string;

  @Field(() => RiskEventDeliveredKind, { description: "Whether the assessment was OPENED, UPDATED or RESOLVED (SUBSCRIBED: no change)." })
  kind!: RiskEventDeliveredKind;

  @Field(() => Date, { description: "When insights evaluated the change." })
  occurredAt!: Date;

  @Field(() => ID, { description: "The id of the project the risk is on." })
  projectId!: string;

  @Field(() => ID, { description: "The RiskAssessment's id." })
  riskId!: string;

  @Field(() => RiskAssessment, { nullable: true, description: "The assessment now, as the subscriber sees it." })
  risk?: RiskAssessment | null;

  @Field(() => Project, { nullable: true, description: "The assessed project, as the subscriber sees it." })
  project?: Project | null;

  @Field(() => RiskSeverity, { description: "The assessment's severity after the change (a RESOLVED one keeps its last)." })
  severity!: RiskSeverity;

  @Field(() => RiskSeverity, { nullable: true, description: "Its severity before the change; null when OPENED." })
  previousSeverity?: RiskSeverity | null;

  @Field(() => RiskStatus, { description: "The assessment's status after the change." })
  status!: RiskStatus;
}
