import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { User } from "../user/user.stub.js";
import { Project, ProjectHealth } from "./project.entity.js";

/** What happened to a project (`projectChanged`), one kind per portfolio event the gateway turns into it. */
export enum ProjectEventKind {
  UPDATED = "UPDATED",
  PROGRESS_CHANGED = "PROGRESS_CHANGED",
  HEALTH_CHANGED = "HEALTH_CHANGED",
  MILESTONE_ACHIEVED = "MILESTONE_ACHIEVED",
  MILESTONE_MISSED = "MILESTONE_MISSED",
  ARCHIVED = "ARCHIVED",
  RESTORED = "RESTORED",
  SUBSCRIBED = "SUBSCRIBED",
}
registerEnumType(ProjectEventKind, {
  name: "ProjectEventKind",
  description: "What happened to a project.",
  valuesConfig: {
    UPDATED: { description: "Some of its fields were edited (`updateProject`); `changedFields` names them." },
    PROGRESS_CHANGED: {
      description:
        "A change of its tasks or dates changed `progress`, `blockedTaskCount`, `startDate` or `endDate`; see `progress` and `blockedTaskCount`.",
    },
    HEALTH_CHANGED: { description: "Its health changed (a status update, or an edit); see `health` and `previousHealth`." },
    MILESTONE_ACHIEVED: { description: "One of its milestones was achieved; see `milestone`." },
    MILESTONE_MISSED: { description: "One of its milestones passed its due date unachieved; see `milestone`." },
    ARCHIVED: { description: "It was archived: read-only, hidden from `projects` by default." },
    RESTORED: { description: "It was restored from the archive." },
    SUBSCRIBED: {
      description:
        "Only with `acknowledge: true`, always first: the subscription is live from `cursor` (pass it as `after` to resume). " +
        "Not a change: `project` is the project now; the figures, `milestone` and `actor` are null.",
    },
  },
});

/**
 * One change of a project, as `projectChanged` delivers it. Its `milestone` field is the milestone
 * module's (milestone.resolver.ts): project sits below milestone (src/modules/module-order.test.ts).
 */
@ObjectType({
  description:
    "A change of one project, delivered by `projectChanged`. The entity fields (`project`, `milestone`, `actor`) are " +
    "resolved when the event is delivered, as the subscriber; the figures are those of the change itself.",
})
export class ProjectEvent {
  @Field(() => ID, { description: "The domain event's id: the same event may arrive twice after a reconnect, so dedupe by it." })
  eventId!: string;

  @Field(() => String, { description: "The event's position in the stream: pass the last one received as `after` when resubscribing." })
  cursor!: string;

  @Field(() => ProjectEventKind, { description: "What happened." })
  kind!: ProjectEventKind;

  @Field(() => Date, { description: "When the change was committed." })
  occurredAt!: Date;

  @Field(() => ID, { description: "The project that changed." })
  projectId!: string;

  @Field(() => Project, { nullable: true, description: "The project now, as the subscriber sees it." })
  project!: Project | null;

  @Field(() => Float, { nullable: true, description: "PROGRESS_CHANGED: `Project.progress` (0-100) right after the change." })
  progress!: number | null;

  @Field(() => Float, { nullable: true, description: "PROGRESS_CHANGED: the progress the previous PROGRESS_CHANGED reported." })
  previousProgress!: number | null;

  @Field(() => Int, { nullable: true, description: "PROGRESS_CHANGED: `Project.blockedTaskCount` right after the change." })
  blockedTaskCount!: number | null;

  @Field(() => ProjectHealth, { nullable: true, description: "HEALTH_CHANGED: the health it has now." })
  health!: ProjectHealth | null;

  @Field(() => ProjectHealth, { nullable: true, description: "HEALTH_CHANGED: the health it had before." })
  previousHealth!: ProjectHealth | null;

  @Field(() => [String], {
    description: 'UPDATED: the Project fields that changed, e.g. `["name", "endDate"]`; empty for the other kinds.',
  })
  changedFields!: string[];

  @Field(() => User, {
    nullable: true,
    description: "Who made the change; null for changes the system made (a milestone missed by the clock).",
  })
  actor!: User | null;
}
