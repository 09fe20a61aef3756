import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Project } from "../project/project.stub.js";
import { InsightKind, InsightSource } from "./analysis.enums.js";
import { Insight } from "./insight.entity.js";

/** What an InsightEvent reports. */
export enum InsightEventKind {
  GENERATED = "GENERATED",
  SUBSCRIBED = "SUBSCRIBED",
}
registerEnumType(InsightEventKind, {
  name: "InsightEventKind",
  description: "What an InsightEvent reports.",
  valuesConfig: {
    GENERATED: { description: "An analysis stored a new insight about the project." },
    SUBSCRIBED: {
      description:
        "Only with `acknowledge: true`, always first: the subscription is live from `cursor`. No insight: `insight`, `insightKind` and `source` are null, `insightId` is this event's `eventId`.",
    },
  },
});

/**
 * One `insightGenerated` event, as the gateway delivers it (built from an `insights.insight.generated` event).
 * Declared here for composition, GraphiQL and codegen; never resolved by this subgraph: the gateway fills
 * the scalars from the event and resolves `insight` and `project` as the subscriber.
 */
@ObjectType({ description: "An insight an analysis wrote about a project, as it is stored." })
export class InsightEvent {
  @Field(() => ID, { description: "The domain event's id: the same event delivered twice has the same id." })
  eventId!: string;

  @Field(() => String, { description: "The event's stream position: pass it as `after` when subscribing again to get what was missed." })
  cursor!: string;

  @Field(() => InsightEventKind, { description: "GENERATED (SUBSCRIBED: no insight, the acknowledgement)." })
  kind!: InsightEventKind;

  @Field(() => Date, { description: "When the insight was stored." })
  occurredAt!: Date;

  @Field(() => ID, { description: "The project the insight is about." })
  projectId!: string;

  @Field(() => ID, { description: "The Insight's id." })
  insightId!: string;

  @Field(() => InsightKind, { nullable: true, description: "What the insight is; null for SUBSCRIBED." })
  insightKind?: InsightKind | null;

  @Field(() => InsightSource, { nullable: true, description: "MODEL or RULES; null for SUBSCRIBED." })
  source?: InsightSource | null;

  @Field(() => Insight, { nullable: true, description: "The insight, as the subscriber sees it." })
  insight?: Insight | null;

  @Field(() => Project, { nullable: true, description: "The project, as the subscriber sees it." })
  project?: Project | null;
}
