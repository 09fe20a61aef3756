import type { SubgraphDefinition } from "@plateau/subgraph-kit";
import { createLoaders, type PortfolioLoaders } from "./context.js";
import { migrations } from "./migrations/index.js";
import { BoardResolver } from "./modules/board/board.resolver.js";
import { boardRules } from "./modules/board/board.rules.js";
import { Workflow } from "./modules/board/workflow.entity.js";
import { Milestone } from "./modules/milestone/milestone.entity.js";
import { milestoneReference, MilestoneResolver } from "./modules/milestone/milestone.resolver.js";
import { milestoneRules } from "./modules/milestone/milestone.rules.js";
import { Project } from "./modules/project/project.entity.js";
import { projectReference } from "./modules/project/project.reference.js";
import { ProjectResolver } from "./modules/project/project.resolver.js";
import { projectRules } from "./modules/project/project.rules.js";
import { Task } from "./modules/task/task.entity.js";
import { taskReference } from "./modules/task/task.reference.js";
import { ProjectTasksResolver, TaskResolver } from "./modules/task/task.resolver.js";
import { taskRules } from "./modules/task/task.rules.js";
import { userReference, UserTasksResolver } from "./modules/user/user.resolver.js";
import { workspaceReference, WorkspaceProjectsResolver } from "./modules/workspace/workspace.resolver.js";
import { createServices, type PortfolioServices } from "./services.js";

/** The portfolio subgraph: projects, task trees, boards and milestones. */
export const portfolio: SubgraphDefinition<PortfolioLoaders, PortfolioServices> = {
  name: "portfolio",
  entities: [Project, Task, Milestone, Workflow],
  tenantEntities: [Project, Task, Milestone, Workflow],
  auditedEntities: [Project, Task, Milestone, Workflow],
  migrations,
  resolvers: [
    ProjectResolver,
    ProjectTasksResolver,
    TaskResolver,
    MilestoneResolver,
    BoardResolver,
    UserTasksResolver,
    WorkspaceProjectsResolver,
  ],
  referenceResolvers: {
    Project: projectReference,
    Task: taskReference,
    Milestone: milestoneReference,
    User: userReference,
    Workspace: workspaceReference,
  } as never,
  permissions: [projectRules, taskRules, milestoneRules, boardRules],
  loaders: createLoaders,
  services: createServices,
};
