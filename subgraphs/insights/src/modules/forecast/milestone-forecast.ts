import DataLoader from "dataloader";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { LocalDate, type RequestReferences } from "@plateau/subgraph-kit";
import { Milestone } from "../project/milestone.stub.js";

@ObjectType({ description: "The chance of meeting an upcoming milestone, from the same simulation as the project's finish." })
export class MilestoneForecast {
  @Field(() => ID, { description: "The milestone's id (also `milestone`)." })
  milestoneId!: string;

  @Field(() => Milestone, { nullable: true, description: "The milestone (resolved by portfolio); null if it was deleted since." })
  milestone!: Milestone;

  @Field(() => LocalDate, { description: "Its due date." })
  dueDate!: string;

  @Field(() => Int, { description: "Its linked tasks not DONE now (never more than the project has left, as simulated)." })
  remainingTasks!: number;

  @Field(() => Float, {
    description:
      "Share of trials (0 to 1) in which its remaining tasks are done by the end of a week ending on or before its due date; 1 with nothing remaining, 0 with tasks left and a due date before this Sunday.",
  })
  probability!: number;
}

/** An upcoming milestone of a project as portfolio has it, with its linked tasks not DONE. */
export interface UpcomingMilestone {
  id: string;
  dueDate: string;
  remainingTasks: number;
}

const QUERY = `query PlateauForecastMilestones($r: [_Any!]!) {
  _entities(representations: $r) { ... on Project { id milestones { id dueDate status tasks { status } } } }
}`;

const loaders = new WeakMap<RequestReferences, DataLoader<string, UpcomingMilestone[]>>();

/**
 * Each project's UPCOMING milestones, as the caller reads them in portfolio: every project of a request in one
 * `_entities` call (a request's loader, kept with its references). A project the caller cannot see has none.
 */
export function upcomingMilestonesLoader(references: RequestReferences): DataLoader<string, UpcomingMilestone[]> {
  let loader = loaders.get(references);
  if (!loader) {
    loader = new DataLoader(async (projectIds) => {
      const data = await references.queryAs(
        "portfolio",
        QUERY,
        { r: projectIds.map((id) => ({ __typename: "Project", id })) },
        "reading a forecast's milestones",
      );
      const entities = Array.isArray(data._entities) ? (data._entities as unknown[]) : [];
      return projectIds.map((_, index) => {
        const project = entities[index] as { milestones?: unknown } | null | undefined;
        const milestones = Array.isArray(project?.milestones) ? (project.milestones as Record<string, unknown>[]) : [];
        return milestones
          .filter((milestone) => milestone.status === "UPCOMING" && typeof milestone.dueDate === "string")
          .map((milestone) => ({
            id: String(milestone.id).toLowerCase(),
            dueDate: String(milestone.dueDate),
            remainingTasks: (Array.isArray(milestone.tasks) ? (milestone.tasks as { status?: unknown }[]) : []).filter(
              (task) => task.status !== "DONE",
            ).length,
          }))
          .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
      });
    });
    loaders.set(references, loader);
  }
  return loader;
}
