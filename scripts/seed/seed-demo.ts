/**
 * Seeds the demo workspace through the public API (the gateway), exactly as a client would: sign-up,
 * workspace, members, projects, tasks, milestones, work packages, time. Idempotent: when the demo owner
 * can already log in, nothing is done.
 */
import { execute, type ExecutionResult } from "@plateau/client";
import type { Logger } from "@plateau/kernel";
import {
  DEMO_CATEGORIES,
  DEMO_DEPENDENCIES,
  DEMO_ELEMENTS,
  DEMO_MILESTONE_TASKS,
  DEMO_MILESTONES,
  DEMO_PASSWORD,
  DEMO_PROJECT_EXTRAS,
  DEMO_PROJECTS,
  DEMO_SLIPS,
  DEMO_TEAM,
  DEMO_TIME,
  DEMO_TIME_ZONE,
  DEMO_USERS,
  DEMO_WEEKS,
  DEMO_WORK_PACKAGES,
  DEMO_WORKFLOW,
  DEMO_WORKSPACE,
  type DemoRole,
  type DemoTask,
} from "./demo-data.js";

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Runs one operation of the seed through the gateway, as `token`'s holder; throws naming `what` on any error. */
type Call = <T>(what: string, query: string, variables?: Record<string, unknown>, token?: string) => Promise<T>;

/** What every area of the seed works with: the gateway, the demo users' ids and their workspace tokens. */
interface Seed {
  call: Call;
  userIds: Record<DemoRole, string>;
  tokens: Record<DemoRole, string>;
  /** The MANAGER's token: most of the demo is theirs. */
  manager: string;
}

/** The ids the seed gave the demo's projects and tasks (`<project key>/<task title>`). */
interface SeededProjects {
  projectIds: Map<string, string>;
  taskIds: Map<string, string>;
}

function data<T>(result: ExecutionResult<T>, what: string): T {
  if (result.errors?.length || !result.data) throw new Error(`Seeding failed at ${what}: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** Seeds the demo data unless it is there already. Returns whether it seeded. */
export async function seedDemo(gatewayUrl: string, logger: Logger): Promise<boolean> {
  const call: Call = async <T>(what: string, query: string, variables: Record<string, unknown> = {}, token?: string) =>
    data(await execute<T, Record<string, unknown>>(gatewayUrl, query, { variables, token }), what);

  const probe = await execute(gatewayUrl, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, {
    variables: { i: { email: DEMO_USERS[0]!.email, password: DEMO_PASSWORD } },
  });
  if (probe.data) return false;

  logger.info("seeding demo data");
  const seed = await seedAccounts(call);
  const seeded = await seedProjects(seed);
  const milestoneIds = await seedMilestones(seed, seeded);
  await seedTimeline(seed, seeded, milestoneIds);
  await seedWorkPackages(seed, seeded);
  await seedTime(seed, seeded);
  await seedWeeks(seed, seeded);
  await seedAnalyses(seed, seeded, logger);
  logger.info("demo data seeded", { projects: seeded.projectIds.size, tasks: seeded.taskIds.size });
  return true;
}

/** Polls `check` every 100 ms until it is true or `ms` have passed; returns whether it became true. */
async function eventually(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/**
 * An analysis of every demo project (all four kinds) and one of the portfolio, by the MANAGER, once insights
 * has evaluated the team's utilisation (so the summaries name TEAM_OVERLOAD): written by the rules unless a
 * model is configured, by the workers in the background, a few seconds after the seed (as any analysis).
 */
async function seedAnalyses({ call, manager }: Seed, { projectIds }: SeededProjects, logger: Logger): Promise<void> {
  const RISKS = `query($id: ID!) { project(id: $id) { risks { rule } } }`;
  const overloaded = await eventually(async () => {
    for (const key of DEMO_TEAM.projects) {
      const { project } = await call<{ project: { risks: { rule: string }[] } }>(
        `risks of ${key}`,
        RISKS,
        { id: projectIds.get(key) },
        manager,
      );
      if (!project.risks.some((risk) => risk.rule === "TEAM_OVERLOAD")) return false;
    }
    return true;
  }, 20_000);
  if (!overloaded) logger.warn("insights had not evaluated the team's utilisation yet; analysing without it");
  const ASK = `mutation($i: RequestAnalysisInput!) { requestAnalysis(input: $i) { analysisRequest { id } } }`;
  const kinds = ["EXECUTIVE_SUMMARY", "RISK_ASSESSMENT", "PROGRESS_ANALYSIS", "RECOMMENDATIONS"];
  const scopes: { scope: string; projectId?: string; kinds: string[] }[] = [
    ...[...projectIds.values()].map((projectId) => ({ scope: "PROJECT", projectId, kinds })),
    { scope: "PORTFOLIO", kinds },
  ];
  const ids: string[] = [];
  for (const input of scopes) {
    const { requestAnalysis } = await call<{ requestAnalysis: { analysisRequest: { id: string } } }>(
      `an analysis of ${input.projectId ?? "the portfolio"}`,
      ASK,
      { i: input },
      manager,
    );
    ids.push(requestAnalysis.analysisRequest.id);
  }
  logger.info("demo analyses queued; the workers write them in the background", { requests: ids.length });
}

/** The demo users (signed up), their workspace with each as a member of their role, and a workspace token for each. */
async function seedAccounts(call: Call): Promise<Seed> {
  const userIds = {} as Record<DemoRole, string>;
  const plainTokens = {} as Record<DemoRole, string>;
  for (const user of DEMO_USERS) {
    const { signUp } = await call<{ signUp: { accessToken: string; user: { id: string } } }>(
      `sign-up ${user.email}`,
      `mutation($i: SignUpInput!) { signUp(input: $i) { accessToken user { id } } }`,
      { i: { email: user.email, password: DEMO_PASSWORD, name: user.name } },
    );
    userIds[user.key] = signUp.user.id;
    plainTokens[user.key] = signUp.accessToken;
  }

  await call(
    "workspace",
    `mutation($i: CreateWorkspaceInput!) { createWorkspace(input: $i) { workspace { id } } }`,
    { i: { name: DEMO_WORKSPACE, slug: "demo-it-portfolio" } },
    plainTokens.OWNER,
  );
  const switchTo = async (role: DemoRole) => {
    const { login } = await call<{ login: { accessToken: string } }>(
      `login ${role}`,
      `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`,
      { i: { email: DEMO_USERS.find((u) => u.key === role)!.email, password: DEMO_PASSWORD } },
    );
    return login.accessToken;
  };
  const owner = await switchTo("OWNER");
  for (const user of DEMO_USERS.filter((u) => u.key !== "OWNER")) {
    await call(
      `member ${user.email}`,
      `mutation($i: AddWorkspaceMemberInput!) { addWorkspaceMember(input: $i) { membership { id } } }`,
      { i: { userId: userIds[user.key], role: user.key } },
      owner,
    );
  }
  const manager = await switchTo("MANAGER");
  const tokens: Record<DemoRole, string> = {
    OWNER: owner,
    ADMIN: await switchTo("ADMIN"),
    MANAGER: manager,
    MEMBER: await switchTo("MEMBER"),
    VIEWER: await switchTo("VIEWER"),
  };
  return { call, userIds, tokens, manager };
}

/** The categories, the projects with their status updates, their tasks (in board order) and their workflow. */
async function seedProjects({ call, tokens, userIds, manager }: Seed): Promise<SeededProjects> {
  const projectIds = new Map<string, string>();
  const taskIds = new Map<string, string>();
  const createTask = async (projectId: string, projectKey: string, task: DemoTask | Omit<DemoTask, "subtasks">, parentId?: string) => {
    const { createTask: created } = await call<{ createTask: { task: { id: string } } }>(
      `task ${task.title}`,
      `mutation($i: CreateTaskInput!) { createTask(input: $i) { task { id } } }`,
      {
        i: {
          projectId,
          parentId,
          title: task.title,
          status: task.status,
          priority: task.priority,
          estimateHours: task.estimateHours,
          completion: task.completion,
          assigneeId: task.assignee ? userIds[task.assignee] : null,
          dueDate: task.due === undefined ? null : day(task.due),
          completedAt: task.completedDaysAgo === undefined ? null : new Date(Date.now() - task.completedDaysAgo * 86_400_000).toISOString(),
        },
      },
      manager,
    );
    taskIds.set(`${projectKey}/${task.title}`, created.task.id);
    for (const subtask of ("subtasks" in task && task.subtasks) || []) await createTask(projectId, projectKey, subtask, created.task.id);
  };
  const categoryIds = new Map<string, string>();
  for (const category of DEMO_CATEGORIES) {
    const { createProjectCategory } = await call<{ createProjectCategory: { category: { id: string } } }>(
      `category ${category.name}`,
      `mutation($i: CreateProjectCategoryInput!) { createProjectCategory(input: $i) { category { id } } }`,
      { i: category },
      manager,
    );
    categoryIds.set(category.name, createProjectCategory.category.id);
  }
  for (const project of DEMO_PROJECTS) {
    const { createProject } = await call<{ createProject: { project: { id: string } } }>(
      `project ${project.name}`,
      `mutation($i: CreateProjectInput!) { createProject(input: $i) { project { id } } }`,
      {
        i: {
          name: project.name,
          key: project.key,
          categoryId: categoryIds.get(project.category),
          budget: DEMO_PROJECT_EXTRAS[project.key]?.budget,
          description: project.description,
          status: project.status,
          health: project.health,
          startDate: day(project.start),
          endDate: day(project.end),
          ownerId: userIds.MANAGER,
        },
      },
      manager,
    );
    projectIds.set(project.key, createProject.project.id);
    for (const update of DEMO_PROJECT_EXTRAS[project.key]?.statusUpdates ?? []) {
      await call(
        `status update of ${project.key}`,
        `mutation($i: PostProjectStatusUpdateInput!) { postProjectStatusUpdate(input: $i) { statusUpdate { id } } }`,
        { i: { projectId: createProject.project.id, health: update.health, text: update.text } },
        tokens[update.author],
      );
    }
    // Cards land at the end of their column in the order created: the demo lists them in board order.
    for (const task of project.tasks) await createTask(createProject.project.id, project.key, task);
    await call(
      `workflow of ${project.key}`,
      `mutation($i: UpdateWorkflowInput!) { updateWorkflow(input: $i) { board { id } } }`,
      { i: { projectId: createProject.project.id, columns: DEMO_WORKFLOW, expectedVersion: 1 } },
      manager,
    );
  }
  return { projectIds, taskIds };
}

/** The milestones, some achieved; returns their ids by name. */
async function seedMilestones({ call, manager }: Seed, { projectIds }: SeededProjects): Promise<Map<string, string>> {
  const milestoneIds = new Map<string, string>();
  for (const milestone of DEMO_MILESTONES) {
    const { createMilestone } = await call<{ createMilestone: { milestone: { id: string } } }>(
      `milestone ${milestone.name}`,
      `mutation($i: CreateMilestoneInput!) { createMilestone(input: $i) { milestone { id } } }`,
      { i: { projectId: projectIds.get(milestone.project), name: milestone.name, dueDate: day(milestone.due) } },
      manager,
    );
    milestoneIds.set(milestone.name, createMilestone.milestone.id);
    if (milestone.achieved) {
      await call(
        `achieve ${milestone.name}`,
        `mutation($i: UpdateMilestoneInput!) { updateMilestone(input: $i) { milestone { id } } }`,
        { i: { id: createMilestone.milestone.id, status: "ACHIEVED" } },
        manager,
      );
    }
  }
  return milestoneIds;
}

/** The timeline: dependencies, milestones' tasks, a baseline, then the slips it will show as drift. */
async function seedTimeline(
  { call, manager }: Seed,
  { projectIds, taskIds }: SeededProjects,
  milestoneIds: Map<string, string>,
): Promise<void> {
  for (const [projectKey, predecessor, successor, type, lagDays] of DEMO_DEPENDENCIES) {
    await call(
      `dependency ${predecessor} → ${successor}`,
      `mutation($i: AddTaskDependencyInput!) { addTaskDependency(input: $i) { dependency { id } } }`,
      {
        i: {
          predecessorId: taskIds.get(`${projectKey}/${predecessor}`),
          successorId: taskIds.get(`${projectKey}/${successor}`),
          type,
          lagDays,
        },
      },
      manager,
    );
  }
  for (const [name, projectKey, titles] of DEMO_MILESTONE_TASKS) {
    await call(
      `tasks of ${name}`,
      `mutation($i: MilestoneTasksInput!) { linkMilestoneTasks(input: $i) { milestone { id } } }`,
      { i: { milestoneId: milestoneIds.get(name), taskIds: titles.map((title) => taskIds.get(`${projectKey}/${title}`)) } },
      manager,
    );
  }
  for (const projectId of projectIds.values()) {
    await call(
      "baseline",
      `mutation($i: SetProjectBaselineInput!) { setProjectBaseline(input: $i) { __typename } }`,
      { i: { projectId } },
      manager,
    );
  }
  for (const [projectKey, title, days] of DEMO_SLIPS) {
    const task = DEMO_PROJECTS.find((project) => project.key === projectKey)!.tasks.find((candidate) => candidate.title === title)!;
    await call(
      `slip of ${title}`,
      `mutation($i: UpdateTaskInput!) { updateTask(input: $i) { task { id } } }`,
      { i: { id: taskIds.get(`${projectKey}/${title}`), dueDate: day((task.due ?? 0) + days) } },
      manager,
    );
  }
}

/** The architecture elements and the work packages linked to them (and to projects). */
async function seedWorkPackages({ call, manager }: Seed, { projectIds }: SeededProjects): Promise<void> {
  const elementIds = new Map<string, string>();
  for (const element of DEMO_ELEMENTS) {
    const { createArchitectureElement } = await call<{ createArchitectureElement: { element: { id: string } } }>(
      `element ${element.name}`,
      `mutation($i: CreateArchitectureElementInput!) { createArchitectureElement(input: $i) { element { id } } }`,
      { i: { type: element.type, name: element.name, description: element.description } },
      manager,
    );
    elementIds.set(element.key, createArchitectureElement.element.id);
  }
  for (const pkg of DEMO_WORK_PACKAGES) {
    const { createWorkPackage } = await call<{ createWorkPackage: { workPackage: { id: string } } }>(
      `work package ${pkg.name}`,
      `mutation($i: CreateWorkPackageInput!) { createWorkPackage(input: $i) { workPackage { id } } }`,
      {
        i: {
          name: pkg.name,
          description: pkg.description,
          kind: pkg.kind,
          status: pkg.status,
          riskLevel: pkg.riskLevel,
          progress: pkg.progress,
          projectId: pkg.project ? projectIds.get(pkg.project) : null,
        },
      },
      manager,
    );
    for (const link of pkg.links) {
      await call(
        `link ${pkg.name}`,
        `mutation($i: LinkWorkPackageInput!) { linkWorkPackage(input: $i) { link { id } } }`,
        { i: { workPackageId: createWorkPackage.workPackage.id, elementId: elementIds.get(link.element), relation: link.relation } },
        manager,
      );
    }
  }
}

/** Time logged by the demo users on their tasks over the last days. */
async function seedTime({ call, tokens }: Seed, { projectIds, taskIds }: SeededProjects): Promise<void> {
  for (const [projectKey, title, who, daysAgo, hours] of DEMO_TIME) {
    await call(
      `time on ${title}`,
      `mutation($i: LogTimeInput!) { logTime(input: $i) { timeEntry { id } } }`,
      {
        i: { taskId: taskIds.get(`${projectKey}/${title}`), projectId: projectIds.get(projectKey), date: day(-daysAgo), hours, note: null },
      },
      tokens[who],
    );
  }
}

/** The Monday of the week `weeksAgo` weeks before the current one (UTC). */
function mondayWeeksAgo(weeksAgo: number): string {
  const now = new Date();
  const weekday = (now.getUTCDay() + 6) % 7;
  return day(-weekday - 7 * weeksAgo);
}

/**
 * The team, its projects, the workspace's time zone, and eight past weeks of the team's time, submitted,
 * approved, rejected and left in draft as DEMO_WEEKS says.
 */
async function seedWeeks({ call, tokens, userIds, manager }: Seed, { projectIds, taskIds }: SeededProjects): Promise<void> {
  await call(
    "time zone",
    `mutation($i: UpdateTimeSettingsInput!) { updateTimeSettings(input: $i) { timeSettings { version } } }`,
    {
      i: { timeZone: DEMO_TIME_ZONE },
    },
    tokens.ADMIN,
  );
  const { createTeam } = await call<{ createTeam: { team: { id: string } } }>(
    `team ${DEMO_TEAM.name}`,
    `mutation($i: CreateTeamInput!) { createTeam(input: $i) { team { id } } }`,
    { i: { name: DEMO_TEAM.name, description: "Runs the WAF rollout and the cloud migration planning.", leadId: userIds[DEMO_TEAM.lead] } },
    manager,
  );
  // The lead joined with the team; the others are added.
  for (const member of DEMO_TEAM.members.filter((role) => role !== DEMO_TEAM.lead)) {
    await call(
      `member ${member}`,
      `mutation($i: AddTeamMemberInput!) { addTeamMember(input: $i) { team { id } } }`,
      {
        i: { teamId: createTeam.team.id, userId: userIds[member] },
      },
      manager,
    );
  }
  for (const key of DEMO_TEAM.projects) {
    await call(
      `team of ${key}`,
      `mutation($i: UpdateProjectInput!) { updateProject(input: $i) { project { id } } }`,
      {
        i: { id: projectIds.get(key), teamId: createTeam.team.id },
      },
      manager,
    );
  }
  const SUBMIT = `mutation($i: SubmitTimesheetInput!) { submitTimesheet(input: $i) { timesheet { id } } }`;
  // All the time first, then the weeks' fates: each submission and decision publishes the team's
  // utilisation over the last four weeks, and the last ones (insights' TEAM_OVERLOAD) see all of it.
  for (const plan of DEMO_WEEKS) {
    for (let weeksAgo = 8; weeksAgo >= 1; weeksAgo--) {
      const monday = mondayWeeksAgo(weeksAgo);
      for (const [weekday, hours] of plan.hours.entries()) {
        const date = new Date(Date.parse(`${monday}T00:00:00Z`) + weekday * 86_400_000).toISOString().slice(0, 10);
        await call(
          `${plan.who}'s time on ${date}`,
          `mutation($i: LogTimeInput!) { logTime(input: $i) { timeEntry { id } } }`,
          {
            i: { taskId: taskIds.get(`${plan.project}/${plan.task}`), projectId: projectIds.get(plan.project), date, hours },
          },
          tokens[plan.who],
        );
      }
    }
  }
  for (const plan of DEMO_WEEKS) {
    for (let weeksAgo = 8; weeksAgo >= 1; weeksAgo--) {
      const monday = mondayWeeksAgo(weeksAgo);
      const fate = plan.fate[weeksAgo];
      if (!fate) continue;
      const { submitTimesheet } = await call<{ submitTimesheet: { timesheet: { id: string } } }>(
        `submit ${monday}`,
        SUBMIT,
        {
          i: { week: monday },
        },
        tokens[plan.who],
      );
      const id = submitTimesheet.timesheet.id;
      const decide = (action: "approve" | "reject", reason?: string) =>
        call(
          `${action} ${monday}`,
          `mutation($i: ${action === "approve" ? "Approve" : "Reject"}TimesheetInput!) { ${action}Timesheet(input: $i) { timesheet { id } } }`,
          {
            i: reason ? { id, reason } : { id },
          },
          tokens[plan.approver],
        );
      if (fate === "APPROVED") await decide("approve");
      if (typeof fate === "object") {
        await decide("reject", fate.rejected);
        if (fate.thenApproved) {
          await call(`resubmit ${monday}`, SUBMIT, { i: { week: monday } }, tokens[plan.who]);
          await decide("approve");
        }
      }
    }
  }
}
