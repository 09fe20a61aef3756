import type { SubgraphDefinition } from "@plateau/subgraph-kit";
import { createLoaders, type PortfolioLoaders } from "./context.js";
import { migrations } from "./migrations/index.js";
import { BoardResolver } from "./modules/board/board.resolver.js";
import { boardRules } from "./modules/board/board.rules.js";
import { BoardSubscriptionResolver } from "./modules/board/board.subscription.js";
import { Workflow } from "./modules/task/workflow.entity.js";
import { Milestone } from "./modules/milestone/milestone.entity.js";
import { MilestoneTask } from "./modules/milestone/milestone-task.entity.js";
import { TaskDependency } from "./modules/dependency/task-dependency.entity.js";
import { TaskDependenciesResolver, TaskDependencyResolver } from "./modules/dependency/dependency.resolver.js";
import { dependencyRules } from "./modules/dependency/dependency.rules.js";
import { milestoneSweepPolicy, startMilestoneSweep } from "./modules/milestone/milestone-sweep.js";
import { TimelineBarResolver, TimelineResolver } from "./modules/timeline/timeline.resolver.js";
import { Comment } from "./modules/comment/comment.entity.js";
import { CommentResolver, TaskCommentsResolver } from "./modules/comment/comment.resolver.js";
import { commentRules } from "./modules/comment/comment.rules.js";
import { ActivityEntry } from "./modules/activity/activity-entry.entity.js";
import { ActivityEntryResolver, ProjectActivityResolver, TaskActivityResolver } from "./modules/activity/activity.resolver.js";
import { activityRules } from "./modules/activity/activity.rules.js";
import { timelineRules } from "./modules/timeline/timeline.rules.js";
import { MilestoneResolver, ProjectEventMilestoneResolver, ProjectMilestonesResolver } from "./modules/milestone/milestone.resolver.js";
import { milestoneReference } from "./modules/milestone/milestone.reference.js";
import { milestoneRules } from "./modules/milestone/milestone.rules.js";
import { Project } from "./modules/project/project.entity.js";
import { projectReference } from "./modules/project/project.reference.js";
import { ProjectResolver } from "./modules/project/project.resolver.js";
import { projectRules } from "./modules/project/project.rules.js";
import { ProjectSubscriptionResolver } from "./modules/project/project.subscription.js";
import { ProjectLifecycleResolver, ProjectStatusUpdateResolver } from "./modules/project/project-lifecycle.resolver.js";
import { ProjectStatusUpdate } from "./modules/project/project-status-update.entity.js";
import { ProjectProgress } from "./modules/project/project-progress.entity.js";
import { ProjectCategory } from "./modules/category/category.entity.js";
import { CategoryResolver } from "./modules/category/category.resolver.js";
import { categoryRules } from "./modules/category/category.rules.js";
import { CategoryProgressResolver, OverviewResolver } from "./modules/overview/overview.resolver.js";
import { overviewRules } from "./modules/overview/overview.rules.js";
import { Task } from "./modules/task/task.entity.js";
import { taskReference } from "./modules/task/task.reference.js";
import { ProjectTasksResolver, TaskResolver } from "./modules/task/task.resolver.js";
import { taskRules } from "./modules/task/task.rules.js";
import { TaskSubscriptionResolver } from "./modules/task/task.subscription.js";
import { UserTasksResolver } from "./modules/task/user-tasks.resolver.js";
import { userReference } from "./modules/user/user.reference.js";
import { WorkspaceProjectsResolver } from "./modules/project/workspace-projects.resolver.js";
import { workspaceReference } from "./modules/workspace/workspace.reference.js";
import { referenceTargets } from "./reference-targets.js";

/** Every entity of portfolio is a workspace's (Row-Level Security on each table). */
const TENANT_ENTITIES = [
  Project,
  Task,
  Milestone,
  Workflow,
  TaskDependency,
  MilestoneTask,
  ProjectCategory,
  ProjectStatusUpdate,
  Comment,
  ActivityEntry,
  ProjectProgress,
];

/** The portfolio subgraph: projects, task trees, boards and milestones. */
export const portfolio: SubgraphDefinition<PortfolioLoaders> = {
  name: "portfolio",
  entities: TENANT_ENTITIES,
  tenantEntities: TENANT_ENTITIES,
  // Comment is audited so its changes also reach the activity log (activity.recorder.ts); ActivityEntry is not,
  // nor ProjectProgress (bookkeeping of what was published; its changes are events of their own).
  auditedEntities: [Project, Task, Milestone, Workflow, TaskDependency, MilestoneTask, ProjectCategory, ProjectStatusUpdate, Comment],
  migrations,
  resolvers: [
    ProjectResolver,
    ProjectTasksResolver,
    TaskResolver,
    MilestoneResolver,
    ProjectMilestonesResolver,
    BoardResolver,
    BoardSubscriptionResolver,
    TaskSubscriptionResolver,
    ProjectSubscriptionResolver,
    ProjectEventMilestoneResolver,
    UserTasksResolver,
    WorkspaceProjectsResolver,
    ProjectLifecycleResolver,
    ProjectStatusUpdateResolver,
    CategoryResolver,
    OverviewResolver,
    CategoryProgressResolver,
    TaskDependencyResolver,
    TaskDependenciesResolver,
    TimelineResolver,
    TimelineBarResolver,
    CommentResolver,
    TaskCommentsResolver,
    ActivityEntryResolver,
    TaskActivityResolver,
    ProjectActivityResolver,
  ],
  referenceResolvers: {
    Project: projectReference,
    Task: taskReference,
    Milestone: milestoneReference,
    User: userReference,
    Workspace: workspaceReference,
  } as never,
  permissions: [
    projectRules,
    taskRules,
    milestoneRules,
    boardRules,
    dependencyRules,
    timelineRules,
    categoryRules,
    overviewRules,
    commentRules,
    activityRules,
  ],
  // The milestone sweep reads overdue milestones across workspaces (milestone-sweep.ts) and runs in the background.
  rowLevelSecurity: { policies: { milestone: [milestoneSweepPolicy] } },
  consumers: ({ orm, logger }) => [startMilestoneSweep({ orm, logger })],
  loaders: createLoaders,
  references: referenceTargets,
};
