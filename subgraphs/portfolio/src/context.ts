import type { EntityManager } from "@mikro-orm/core";
import type { Viewer } from "@plateau/kernel";
import { entityLoader, groupLoader, type ResolverContext } from "@plateau/subgraph-kit";
import { ProjectCategory } from "./modules/category/category.entity.js";
import { categoryProjectCountLoader } from "./modules/category/category.loaders.js";
import { Milestone } from "./modules/milestone/milestone.entity.js";
import { Project } from "./modules/project/project.entity.js";
import { projectStatsLoader } from "./modules/project/project.stats.js";
import { Task } from "./modules/task/task.entity.js";
import { taskPagesLoader } from "./modules/task/task.pages.js";
import { childrenLoader } from "./modules/task/task.rows.js";

/** The request-scoped DataLoaders of the portfolio subgraph. */
export function createLoaders(em: EntityManager, viewer: Viewer | undefined) {
  return {
    project: entityLoader(em, Project),
    task: entityLoader(em, Task),
    milestone: entityLoader(em, Milestone),
    taskPages: taskPagesLoader(em, viewer?.workspaceId),
    childrenByParent: childrenLoader(em, viewer?.workspaceId),
    milestonesByProject: groupLoader(em, Milestone, "project", { dueDate: "asc", id: "asc" }),
    projectStats: projectStatsLoader(em, viewer?.workspaceId),
    category: entityLoader(em, ProjectCategory),
    categoryProjectCount: categoryProjectCountLoader(em, viewer?.workspaceId),
  };
}

export type PortfolioLoaders = ReturnType<typeof createLoaders>;
export type PortfolioContext = ResolverContext<PortfolioLoaders>;
