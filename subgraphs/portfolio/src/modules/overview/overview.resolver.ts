import { Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { requireWorkspaceId, today } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { ProjectCategory } from "../category/category.entity.js";
import type { Milestone } from "../milestone/milestone.entity.js";
import { ProjectHealth, ProjectStatus, type Project } from "../project/project.entity.js";
import * as queries from "./overview.queries.js";
import {
  CategoryProgress,
  MilestoneWindow,
  PortfolioOverview,
  ProjectHealthCount,
  ProjectRisk,
  ProjectStatusCount,
} from "./overview.types.js";

const DAY_MS = 86_400_000;
/** The span, in days, of "achieved recently" and "due soon". */
export const OVERVIEW_WINDOW_DAYS = 30;

/** Loads entities by id through a request loader, in the ids' order, leaving out any the loader does not find. */
async function loadAll<T>(loader: { loadMany(ids: readonly string[]): Promise<(T | Error | null)[]> }, ids: string[]): Promise<T[]> {
  const loaded = await loader.loadMany(ids);
  return loaded.filter((entity): entity is T => entity !== null && !(entity instanceof Error));
}

@Resolver(() => PortfolioOverview)
export class OverviewResolver {
  @Query(() => PortfolioOverview, { description: "The executive view of the current workspace's portfolio." })
  portfolioOverview(@Ctx() ctx: PortfolioContext): PortfolioOverview {
    return Object.assign(new PortfolioOverview(), { workspaceId: requireWorkspaceId(ctx), asOf: today() });
  }

  private counts(overview: PortfolioOverview, ctx: PortfolioContext) {
    return overview.once("projects", () => queries.projectCounts(ctx.em, overview.workspaceId));
  }

  /**
   * The figures that name entities (categories' progress, milestone windows, projects at risk), with those
   * entities loaded: their statements run together, then every category, milestone and project any of
   * them names is loaded in one batch per type. Later loads of these (a milestone's project, an at-risk
   * project's category) hit the loaders' caches, so the statement count never depends on which query
   * finished first, nor on the workspace's size.
   */
  private entities(overview: PortfolioOverview, ctx: PortfolioContext) {
    return overview.once("entities", async () => {
      const to = new Date(Date.parse(`${overview.asOf}T00:00:00Z`) + OVERVIEW_WINDOW_DAYS * DAY_MS).toISOString().slice(0, 10);
      const since = new Date(Date.now() - OVERVIEW_WINDOW_DAYS * DAY_MS);
      const [{ categories, risks }, milestones] = await Promise.all([
        this.tasks(overview, ctx),
        queries.milestoneWindows(ctx.em, overview.workspaceId, since, overview.asOf, to),
      ]);
      const categoryIds = [...categories.map((c) => c.categoryId), ...risks.map((r) => r.categoryId)].filter(
        (id): id is string => id !== null,
      );
      const [, milestoneEntities, projects] = await Promise.all([
        ctx.loaders.category.loadMany([...new Set(categoryIds)]),
        loadAll<Milestone>(ctx.loaders.milestone, [...milestones.achieved.ids, ...milestones.due.ids]),
        ctx.loaders.project.loadMany([...new Set([...risks.map((r) => r.projectId), ...milestones.projectIds])]),
      ]);
      const milestoneById = new Map(milestoneEntities.map((m) => [m.id, m]));
      const projectById = new Map(projects.filter((p): p is Project => p !== null && !(p instanceof Error)).map((p) => [p.id, p]));
      const listed = (ids: string[]) => ids.map((id) => milestoneById.get(id)).filter((m): m is Milestone => m !== undefined);
      return {
        categories,
        achieved: { count: milestones.achieved.count, milestones: listed(milestones.achieved.ids) },
        due: { count: milestones.due.count, milestones: listed(milestones.due.ids) },
        risks: risks.flatMap((row) => {
          const project = projectById.get(row.projectId);
          if (!project) return [];
          return [
            {
              project,
              health: row.health,
              overdueTaskCount: row.overdue,
              blockedTaskCount: row.blocked,
              scheduleSlipDays: row.slip,
            },
          ];
        }),
      };
    });
  }

  /** The figures read off the tasks (categories' progress, overdue and blocked counts, projects at risk): one statement. */
  private tasks(overview: PortfolioOverview, ctx: PortfolioContext) {
    return overview.once("tasks", () => queries.taskFigures(ctx.em, overview.workspaceId, overview.asOf));
  }

  @FieldResolver(() => Int, { description: "Unarchived projects." })
  async projectCount(@Root() overview: PortfolioOverview, @Ctx() ctx: PortfolioContext): Promise<number> {
    return (await this.counts(overview, ctx)).total;
  }

  @FieldResolver(() => [ProjectStatusCount], { description: "Every status, with how many projects have it (zeros included)." })
  async projectsByStatus(@Root() overview: PortfolioOverview, @Ctx() ctx: PortfolioContext): Promise<ProjectStatusCount[]> {
    const { byStatus } = await this.counts(overview, ctx);
    return Object.values(ProjectStatus).map((status) => ({ status, count: byStatus.get(status) ?? 0 }));
  }

  @FieldResolver(() => [ProjectHealthCount], { description: "Every health, with how many projects have it (zeros included)." })
  async projectsByHealth(@Root() overview: PortfolioOverview, @Ctx() ctx: PortfolioContext): Promise<ProjectHealthCount[]> {
    const { byHealth } = await this.counts(overview, ctx);
    return Object.values(ProjectHealth).map((health) => ({ health, count: byHealth.get(health) ?? 0 }));
  }

  @FieldResolver(() => Int, { description: "Projects whose status is ACTIVE." })
  async activeProjectCount(@Root() overview: PortfolioOverview, @Ctx() ctx: PortfolioContext): Promise<number> {
    return (await this.counts(overview, ctx)).byStatus.get(ProjectStatus.ACTIVE) ?? 0;
  }

  @FieldResolver(() => Int, { description: "Projects whose status is COMPLETED." })
  async completedProjectCount(@Root() overview: PortfolioOverview, @Ctx() ctx: PortfolioContext): Promise<number> {
    return (await this.counts(overview, ctx)).byStatus.get(ProjectStatus.COMPLETED) ?? 0;
  }

  @FieldResolver(() => [CategoryProgress], { description: "Per category, by name; projects without a category last (category null)." })
  async progressByCategory(@Root() overview: PortfolioOverview, @Ctx() ctx: PortfolioContext): Promise<CategoryProgress[]> {
    return (await this.entities(overview, ctx)).categories;
  }

  @FieldResolver(() => MilestoneWindow, { description: `Milestones achieved in the last ${OVERVIEW_WINDOW_DAYS} days, most recent first.` })
  async milestonesAchieved(@Root() overview: PortfolioOverview, @Ctx() ctx: PortfolioContext): Promise<MilestoneWindow> {
    return (await this.entities(overview, ctx)).achieved;
  }

  @FieldResolver(() => MilestoneWindow, {
    description: `Milestones not achieved yet, due from today to ${OVERVIEW_WINDOW_DAYS} days ahead, soonest first; not those of CANCELLED projects.`,
  })
  async milestonesDue(@Root() overview: PortfolioOverview, @Ctx() ctx: PortfolioContext): Promise<MilestoneWindow> {
    return (await this.entities(overview, ctx)).due;
  }

  @FieldResolver(() => Int, { description: "Tasks due before today and not DONE, in projects that are not CANCELLED." })
  async overdueTaskCount(@Root() overview: PortfolioOverview, @Ctx() ctx: PortfolioContext): Promise<number> {
    return (await this.tasks(overview, ctx)).overdue;
  }

  @FieldResolver(() => Int, { description: "BLOCKED tasks, in projects that are not CANCELLED." })
  async blockedTaskCount(@Root() overview: PortfolioOverview, @Ctx() ctx: PortfolioContext): Promise<number> {
    return (await this.tasks(overview, ctx)).blocked;
  }

  @FieldResolver(() => [ProjectRisk], {
    description:
      "At most 5 open (PLANNED, ACTIVE, ON_HOLD) projects, worst first by: health (OFF_TRACK, then AT_RISK), then overdue tasks, " +
      "blocked tasks, schedule slip, name. Projects on track with no overdue or blocked task and no slip are not listed.",
  })
  async projectsAtRisk(@Root() overview: PortfolioOverview, @Ctx() ctx: PortfolioContext): Promise<ProjectRisk[]> {
    return (await this.entities(overview, ctx)).risks;
  }
}

@Resolver(() => CategoryProgress)
export class CategoryProgressResolver {
  @FieldResolver(() => ProjectCategory, { nullable: true, description: "Null for the projects without a category." })
  category(@Root() progress: CategoryProgress, @Ctx() ctx: PortfolioContext): Promise<ProjectCategory | null> | null {
    return progress.categoryId ? ctx.loaders.category.load(progress.categoryId) : null;
  }
}
