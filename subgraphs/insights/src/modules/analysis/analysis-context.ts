import { errors } from "@plateau/kernel";
import { parseId, requireWorkspaceId, SKILL_LEVELS, sqlRows } from "@plateau/subgraph-kit";
import type { InsightsContext } from "../../context.js";
import { weeklyVelocity } from "../forecast/forecast.calc.js";
import { utcToday } from "../risk/risk.detectors.js";
import { teamUtilizationOf } from "../risk/team-utilization.js";
import { AnalysisScope, CitationKind } from "./analysis.enums.js";

/** How many projects a PORTFOLIO analysis covers at most (the requester's, most recently created first). */
export const PORTFOLIO_PROJECT_LIMIT = 50;
/** Blocked tasks, activity entries and velocity weeks a PROJECT analysis quotes. */
const BLOCKED_TASKS_QUOTED = 20;
const ACTIVITY_QUOTED = 10;
const VELOCITY_WEEKS_QUOTED = 8;
/** Open tasks whose required skills a PROJECT analysis reads (portfolio's largest page). */
const OPEN_TASKS_READ = 100;

/** A skill the open tasks of a project need, and who holds it at the level needed. */
export interface ContextSkill {
  id: string;
  name: string;
  /** The lowest level any of those tasks asks for; null: any level will do. */
  minLevel: string | null;
  /** The open tasks needing it. */
  taskIds: string[];
  /** The people of the workspace holding it at `minLevel` or above: one is knowledge held by one person. */
  holderIds: string[];
}

/** A project as an analysis sees it: portfolio's figures as the requester reads them, and insights' own. */
export interface ContextProject {
  id: string;
  name: string;
  key: string;
  /** Written by people: quoted to a model as data, never as instructions. */
  description: string | null;
  status: string;
  health: string;
  startDate: string | null;
  endDate: string | null;
  baselineEndDate: string | null;
  scheduleSlipDays: number | null;
  /** Percent complete, 0–100. */
  progress: number;
  taskCount: number;
  blockedTaskCount: number;
  /** Tasks DONE, as insights' task state has them. */
  doneTaskCount: number;
  milestones: { id: string; name: string; dueDate: string; status: string; achievedAt: string | null }[];
  blockedTasks: { id: string; title: string; dueDate: string | null }[];
  /** The first critical path, in order (PROJECT scope only). */
  criticalPath: { id: string; title: string; kind: string }[];
  recentActivity: { action: string; entityType: string; field: string | null; occurredAt: string }[];
  /** OPEN rule-based risks. */
  risks: { id: string; rule: string; severity: string; title: string; detail: string }[];
  /** The last complete weeks, oldest first. */
  velocity: { weekStart: string; completedTasks: number; completedEstimateHours: number }[];
  forecast: { remainingTasks: number; p50: string | null; p85: string | null; p95: string | null; throughputWeeks: number } | null;
  /**
   * Skills coverage (PROJECT scope; empty for PORTFOLIO): each skill the open tasks need, as portfolio has
   * their requirements and identity their holders, most needed first.
   */
  skills: ContextSkill[];
  /** The project's team's last published utilisation (`utilization` as a share of capacity: 0.95 is 95%). */
  team: { id: string; utilization: number | null; loggedHours: number; capacityHours: number; periodFrom: string; periodTo: string } | null;
}

/** The facts an analysis analyses: gathered once, as the requester, when it is asked for. */
export interface AnalysisContext {
  scope: AnalysisScope;
  /** The day (UTC) they were gathered: "today" for every attempt. */
  today: string;
  gatheredAt: string;
  projects: ContextProject[];
  /** True when the portfolio has more projects than {@link PORTFOLIO_PROJECT_LIMIT}. */
  truncated: boolean;
}

const PROJECT_FIELDS = `id name key description status health startDate endDate baselineEndDate scheduleSlipDays progress taskCount
  blockedTaskCount milestones { id name dueDate status achievedAt }`;

const PROJECT_QUERY = `query PlateauAnalysisProject($id: ID!) {
  project(id: $id) {
    ${PROJECT_FIELDS}
    blocked: tasks(first: ${BLOCKED_TASKS_QUOTED}, filter: { status: { eq: BLOCKED } }) { nodes { id title dueDate } }
    activity(first: ${ACTIVITY_QUOTED}) { nodes { action entityType field occurredAt } }
    open: tasks(first: ${OPEN_TASKS_READ}, filter: { status: { notIn: [DONE] } }) {
      nodes { id skillRequirements { skill { id } minLevel } }
    }
  }
  timeline(projectId: $id) { criticalPaths bars { id title kind } }
}`;

const PORTFOLIO_QUERY = `query PlateauAnalysisPortfolio {
  projects(first: ${PORTFOLIO_PROJECT_LIMIT}, orderBy: { field: CREATED_AT, direction: DESC }) {
    totalCount
    nodes { ${PROJECT_FIELDS} }
  }
}`;

type Row = Record<string, unknown>;
const str = (value: unknown): string | null => (typeof value === "string" ? value : null);
const num = (value: unknown): number | null => (typeof value === "number" ? value : null);
const rows = (value: unknown): Row[] =>
  Array.isArray(value) ? value.filter((item): item is Row => item !== null && typeof item === "object") : [];
const nodes = (value: unknown): Row[] => rows((value as { nodes?: unknown } | null | undefined)?.nodes);

/** portfolio's answer for one project, as a {@link ContextProject} without insights' figures. */
function projectOf(row: Row): ContextProject {
  return {
    id: String(row.id).toLowerCase(),
    name: String(row.name ?? ""),
    key: String(row.key ?? ""),
    description: str(row.description),
    status: String(row.status ?? ""),
    health: String(row.health ?? ""),
    startDate: str(row.startDate),
    endDate: str(row.endDate),
    baselineEndDate: str(row.baselineEndDate),
    scheduleSlipDays: num(row.scheduleSlipDays),
    progress: num(row.progress) ?? 0,
    taskCount: num(row.taskCount) ?? 0,
    blockedTaskCount: num(row.blockedTaskCount) ?? 0,
    doneTaskCount: 0,
    milestones: rows(row.milestones).map((m) => ({
      id: String(m.id).toLowerCase(),
      name: String(m.name ?? ""),
      dueDate: String(m.dueDate ?? ""),
      status: String(m.status ?? ""),
      achievedAt: str(m.achievedAt),
    })),
    blockedTasks: nodes(row.blocked).map((t) => ({
      id: String(t.id).toLowerCase(),
      title: String(t.title ?? ""),
      dueDate: str(t.dueDate),
    })),
    criticalPath: [],
    recentActivity: nodes(row.activity).map((a) => ({
      action: String(a.action ?? ""),
      entityType: String(a.entityType ?? ""),
      field: str(a.field),
      occurredAt: String(a.occurredAt ?? ""),
    })),
    risks: [],
    velocity: [],
    forecast: null,
    skills: [],
    team: null,
  };
}

/** A level's place among identity's levels (0 BEGINNER … 3 EXPERT); -1 for anything else. */
const levelRank = (level: string): number => (SKILL_LEVELS as readonly string[]).indexOf(level);

const SKILL_HOLDERS_QUERY = `query PlateauAnalysisSkills($skills: [_Any!]!) {
  _entities(representations: $skills) { ... on Skill { id name holders { level user { id } } } }
}`;

/**
 * The skills coverage of a project's open tasks (`open`, portfolio's answer): which skills they need, at
 * the lowest level any asks for, and who holds each at that level or above, asked of identity as the
 * requester in one call (none when no open task needs a skill). A skill identity does not show them is left out.
 */
async function skillsCoverage(ctx: InsightsContext, open: Row[]): Promise<ContextSkill[]> {
  const needs = new Map<string, { minLevel: string | null; taskIds: string[] }>();
  for (const task of open) {
    for (const requirement of rows(task.skillRequirements)) {
      const skillId = str((requirement.skill as Row | null)?.id)?.toLowerCase();
      if (!skillId) continue;
      const level = str(requirement.minLevel);
      const need = needs.get(skillId);
      if (!need) needs.set(skillId, { minLevel: level, taskIds: [String(task.id).toLowerCase()] });
      else {
        need.taskIds.push(String(task.id).toLowerCase());
        if (level === null || (need.minLevel !== null && levelRank(level) < levelRank(need.minLevel))) need.minLevel = level;
      }
    }
  }
  if (needs.size === 0) return [];
  const data = await ctx.references.queryAs(
    "identity",
    SKILL_HOLDERS_QUERY,
    { skills: [...needs.keys()].map((id) => ({ __typename: "Skill", id })) },
    "gathering an analysis' skills coverage",
  );
  const skills: ContextSkill[] = [];
  for (const skill of rows(data._entities)) {
    const id = String(skill.id).toLowerCase();
    const need = needs.get(id);
    if (!need) continue;
    const atLeast = need.minLevel === null ? 0 : levelRank(need.minLevel);
    const holderIds = rows(skill.holders)
      .filter((holder) => levelRank(String(holder.level)) >= atLeast)
      .map((holder) => String((holder.user as Row | null)?.id ?? "").toLowerCase())
      .filter(Boolean);
    skills.push({ id, name: String(skill.name ?? ""), minLevel: need.minLevel, taskIds: need.taskIds, holderIds });
  }
  return skills.sort((a, b) => b.taskIds.length - a.taskIds.length || a.name.localeCompare(b.name));
}

/**
 * Gathers what an analysis of `scope` analyses, as the requester: portfolio (and, for a project's skills
 * coverage, identity) is asked with their token, so its access rules and Row-Level Security decide what they
 * see (a project they cannot read is BAD_USER_INPUT naming `input.projectId`), then insights' own figures for those projects (task state,
 * open risks, velocity, forecast, the team's utilisation) are added through the request's loaders.
 */
export async function gatherContext(ctx: InsightsContext, scope: AnalysisScope, projectId: string | null): Promise<AnalysisContext> {
  const workspaceId = requireWorkspaceId(ctx);
  const today = utcToday();
  let projects: ContextProject[];
  let truncated = false;
  if (scope === AnalysisScope.PROJECT) {
    const id = parseId(projectId ?? "", "input.projectId");
    const data = await ctx.references.queryAs("portfolio", PROJECT_QUERY, { id }, "gathering an analysis' facts");
    const project = data.project as Row | null;
    if (!project) throw errors.invalidField("input.projectId", `no project ${projectId} in this workspace`);
    const one = projectOf(project);
    const timeline = data.timeline as Row | null;
    const titles = new Map(rows(timeline?.bars).map((bar) => [String(bar.id).toLowerCase(), bar]));
    const [path] = Array.isArray(timeline?.criticalPaths) ? (timeline.criticalPaths as unknown[][]) : [];
    one.criticalPath = (path ?? []).map((barId) => {
      const bar = titles.get(String(barId).toLowerCase());
      return { id: String(barId).toLowerCase(), title: String(bar?.title ?? ""), kind: String(bar?.kind ?? "") };
    });
    one.skills = await skillsCoverage(ctx, nodes(project.open));
    projects = [one];
  } else {
    const data = await ctx.references.queryAs("portfolio", PORTFOLIO_QUERY, {}, "gathering an analysis' facts");
    const connection = data.projects as Row | null;
    projects = nodes(connection).map(projectOf);
    truncated = (num(connection?.totalCount) ?? 0) > projects.length;
  }
  await addInsightsFigures(ctx, workspaceId, projects, today);
  return { scope, today, gatheredAt: new Date().toISOString(), projects, truncated };
}

/** insights' own figures for `projects`, in a constant number of statements whatever their number. */
async function addInsightsFigures(ctx: InsightsContext, workspaceId: string, projects: ContextProject[], today: string): Promise<void> {
  const ids = projects.map((project) => project.id);
  const [figures, forecasts, risks, teams] = await Promise.all([
    ctx.loaders.projectTaskFigures.loadMany(ids),
    ctx.loaders.projectForecast.loadMany(ids),
    ctx.loaders.openRisks.loadMany(ids),
    ids.length === 0
      ? []
      : sqlRows<{ project_id: string; team_id: string }>(
          ctx.em,
          `select project_id, team_id from insights.project_facts where workspace_id = ? and project_id = any(?::uuid[]) and team_id is not null`,
          [workspaceId, `{${ids.join(",")}}`],
        ),
  ]);
  const teamOf = new Map(teams.map((row) => [row.project_id, row.team_id]));
  const utilization = await teamUtilizationOf(ctx.em, workspaceId, [...teamOf.values()]);
  projects.forEach((project, index) => {
    const own = figures[index];
    if (own && !(own instanceof Error)) {
      project.doneTaskCount = own.tasks - own.remainingTasks;
      project.velocity = weeklyVelocity(own.completions, VELOCITY_WEEKS_QUOTED, today);
    }
    const forecast = forecasts[index];
    if (forecast && !(forecast instanceof Error)) {
      project.forecast = {
        remainingTasks: forecast.remainingTasks,
        p50: forecast.p50?.date ?? null,
        p85: forecast.p85?.date ?? null,
        p95: forecast.p95?.date ?? null,
        throughputWeeks: forecast.throughputWeeks,
      };
    }
    const open = risks[index];
    if (open && !(open instanceof Error)) {
      project.risks = open.map((risk) => ({
        id: risk.id,
        rule: risk.rule,
        severity: risk.severity,
        title: risk.title,
        detail: risk.detail,
      }));
    }
    const teamId = teamOf.get(project.id);
    const team = teamId ? utilization.get(teamId) : undefined;
    if (teamId && team) {
      const { utilization: share, loggedHours, capacityHours, periodFrom, periodTo } = team;
      project.team = { id: teamId, utilization: share, loggedHours, capacityHours, periodFrom, periodTo };
    }
  });
}

/** Every fact id of `context` and what it is: the only ids an insight may cite. */
export function citableFacts(context: AnalysisContext): Map<string, CitationKind> {
  const facts = new Map<string, CitationKind>();
  for (const project of context.projects) {
    facts.set(project.id, CitationKind.PROJECT);
    for (const milestone of project.milestones) facts.set(milestone.id, CitationKind.MILESTONE);
    for (const task of [...project.blockedTasks, ...project.criticalPath.filter((bar) => bar.kind === "TASK")]) {
      facts.set(task.id, CitationKind.TASK);
    }
    for (const risk of project.risks) facts.set(risk.id, CitationKind.RISK);
    // Requests stored before skills coverage existed have none.
    for (const taskId of (project.skills ?? []).flatMap((skill) => skill.taskIds)) facts.set(taskId, CitationKind.TASK);
  }
  return facts;
}
