import { Field, Float, Int, ObjectType } from "type-graphql";
import { LocalDate } from "@plateau/subgraph-kit";
import { Milestone } from "../milestone/milestone.entity.js";
import { Project, ProjectHealth, ProjectStatus } from "../project/project.entity.js";

/**
 * The executive view of the caller's workspace. Every figure is one SQL aggregate, computed only when
 * asked for, over the unarchived projects (archived ones have left the portfolio).
 */
@ObjectType({ description: "The executive view of the workspace's portfolio; archived projects are left out." })
export class PortfolioOverview {
  /** The workspace it is about. */
  workspaceId!: string;

  @Field(() => LocalDate, { description: "The day (UTC) the figures are computed for: 'overdue' means due before it." })
  asOf!: string;

  /** Results of statements several fields share, so each runs once per request. */
  private readonly shared = new Map<string, Promise<unknown>>();

  /** Runs `load` once for `key`, however many fields ask. */
  once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let found = this.shared.get(key) as Promise<T> | undefined;
    if (!found) {
      found = load();
      this.shared.set(key, found);
    }
    return found;
  }
}

@ObjectType({ description: "How many projects have a status." })
export class ProjectStatusCount {
  @Field(() => ProjectStatus, { description: "The status." }) status!: ProjectStatus;
  @Field(() => Int, { description: "How many of the workspace's projects have it." }) count!: number;
}

@ObjectType({ description: "How many projects have a health." })
export class ProjectHealthCount {
  @Field(() => ProjectHealth, { description: "The health." }) health!: ProjectHealth;
  @Field(() => Int, { description: "How many of the workspace's projects have it." }) count!: number;
}

@ObjectType({ description: "The progress of one category's projects together." })
export class CategoryProgress {
  /** The category's id; null for projects without one. */
  categoryId!: string | null;

  @Field(() => Int, { description: "How many projects are in the category." }) projectCount!: number;

  @Field(() => Float, {
    description: "0-100: the completion of all the category's leaf tasks, weighted by estimated hours (1 hour without an estimate).",
  })
  progress!: number;
}

@ObjectType({ description: "Milestones in a window of time: how many, and the first ten." })
export class MilestoneWindow {
  @Field(() => Int, { description: "How many milestones fall in the window." }) count!: number;

  @Field(() => [Milestone], { description: "At most 10." })
  milestones!: Milestone[];
}

@ObjectType({ description: "A project most at risk, with what put it there." })
export class ProjectRisk {
  @Field(() => Project, { description: "The project." }) project!: Project;
  @Field(() => ProjectHealth, { description: "Its current health." }) health!: ProjectHealth;
  @Field(() => Int, { description: "Tasks due before today and not DONE." }) overdueTaskCount!: number;
  @Field(() => Int, { description: "How many of its tasks are BLOCKED." }) blockedTaskCount!: number;
  @Field(() => Int, { description: "Days the planned end lies after the baseline end; 0 when not later or without a baseline." })
  scheduleSlipDays!: number;
}
