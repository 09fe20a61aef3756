import type { AnalysisContext, ContextProject, ContextSkill } from "../analysis-context.js";
import { InsightKind, InsightRiskCategory, InsightSource, RecommendationPriority } from "../analysis.enums.js";
import { withinLimits, type InsightContent, type InsightRecommendationContent, type InsightRiskContent } from "../insight-content.js";
import { RiskSeverity } from "../../risk/risk.enums.js";
import { expectedProgress } from "../../risk/risk.detectors.js";
import type { GeneratedInsight, InsightGenerator } from "./generator.js";

/** The version of the deterministic generator's wording: stored as each RULES insight's `promptVersion`. */
export const RULES_VERSION = "rules@1";

const pct = (value: number): string => `${Math.round(value * 10) / 10}%`;
const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

/** How each rule's risk reads in an assessment: its category and the mitigation to recommend. */
const RULE_RISKS: Record<string, { category: InsightRiskCategory; mitigation: string }> = {
  SCHEDULE_SLIPPAGE: {
    category: InsightRiskCategory.SCHEDULE,
    mitigation: "Re-plan the remaining work against the end date, or agree a new baseline with the sponsor.",
  },
  BLOCKED_TASKS: {
    category: InsightRiskCategory.DEPENDENCY,
    mitigation: "Name an owner for each blocker and review them daily until they clear.",
  },
  TEAM_OVERLOAD: {
    category: InsightRiskCategory.RESOURCING,
    mitigation: "Move work to people with spare capacity or push lower-priority tasks out of the period.",
  },
  DECLINING_VELOCITY: {
    category: InsightRiskCategory.SCHEDULE,
    mitigation: "Find what slowed the last weeks (blockers, interruptions, unclear work) with the team, and re-forecast.",
  },
  KNOWLEDGE_CONCENTRATION: {
    category: InsightRiskCategory.RESOURCING,
    mitigation: "Pair someone with the person holding the work and hand over part of it before it becomes the critical path.",
  },
  SKILL_CONCENTRATION: {
    category: InsightRiskCategory.RESOURCING,
    mitigation: "Train or pair a second person in the skill, or bring one in, before the tasks that need it start.",
  },
};

/** Milestones not achieved whose due date has passed, and the next one due. */
function milestonesOf(project: ContextProject, today: string) {
  const open = project.milestones.filter((m) => m.status !== "ACHIEVED").sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return {
    overdue: open.filter((m) => m.dueDate < today),
    next: open.find((m) => m.dueDate >= today) ?? null,
    achieved: project.milestones.filter((m) => m.status === "ACHIEVED").length,
  };
}

/** The last four complete weeks' tasks against the four before them; null with fewer than eight weeks known. */
function velocityTrend(project: ContextProject): { recent: number; before: number } | null {
  if (project.velocity.length < 8) return null;
  const sum = (weeks: ContextProject["velocity"]) => weeks.reduce((total, week) => total + week.completedTasks, 0);
  return { recent: sum(project.velocity.slice(-4)), before: sum(project.velocity.slice(-8, -4)) };
}

/** The skills the open tasks need that one person or nobody holds (requests stored before skills coverage have none). */
const concentratedSkills = (project: ContextProject) => (project.skills ?? []).filter((skill) => skill.holderIds.length <= 1);
const atLevel = (skill: ContextSkill) => (skill.minLevel ? ` at ${skill.minLevel} or above` : "");
const needing = (skill: ContextSkill) => `${plural(skill.taskIds.length, "open task")} ${skill.taskIds.length === 1 ? "needs" : "need"}`;

/**
 * The risks the facts show, strongest first: the rules' OPEN assessments, then the forecast, milestones and
 * skills coverage (a skill the open tasks need that one person holds, or nobody: knowledge concentration).
 */
function risksOf(project: ContextProject, today: string): InsightRiskContent[] {
  const risks: InsightRiskContent[] = project.risks.map((risk) => ({
    title: `${project.name}: ${risk.title}`,
    ...(RULE_RISKS[risk.rule] ?? RULE_RISKS.SCHEDULE_SLIPPAGE!),
    severity: risk.severity as RiskSeverity,
    evidence: risk.detail,
  }));
  if (project.forecast?.p85 && project.endDate && project.forecast.p85 > project.endDate) {
    risks.push({
      title: `${project.name}: forecast finish after the end date`,
      category: InsightRiskCategory.SCHEDULE,
      severity: project.forecast.p50 && project.forecast.p50 > project.endDate ? RiskSeverity.HIGH : RiskSeverity.MEDIUM,
      evidence: `At the pace of the last ${plural(project.forecast.throughputWeeks, "week")}, the ${plural(project.forecast.remainingTasks, "remaining task")} finish by ${project.forecast.p50 ?? "beyond ten years"} (P50) and ${project.forecast.p85} (P85); the planned end is ${project.endDate}.`,
      mitigation: "Cut or defer scope, or add capacity to the critical path.",
    });
  }
  for (const milestone of milestonesOf(project, today).overdue) {
    risks.push({
      title: `${project.name}: milestone "${milestone.name}" overdue`,
      category: InsightRiskCategory.SCHEDULE,
      severity: RiskSeverity.HIGH,
      evidence: `Due ${milestone.dueDate} and not achieved (${milestone.status}).`,
      mitigation: "Agree a new date with its stakeholders and what it now depends on.",
    });
  }
  for (const skill of concentratedSkills(project)) {
    const nobody = skill.holderIds.length === 0;
    risks.push({
      title: `${project.name}: ${nobody ? "nobody holds" : "one person holds"} "${skill.name}"`,
      category: InsightRiskCategory.RESOURCING,
      severity: nobody || skill.taskIds.length >= 3 ? RiskSeverity.HIGH : RiskSeverity.MEDIUM,
      evidence: `${needing(skill)} ${skill.name}${atLevel(skill)}, and ${nobody ? "no one in the workspace holds it" : "only one person in the workspace holds it"}.`,
      mitigation: nobody
        ? `Bring in or train someone in ${skill.name} before those tasks start.`
        : `Pair a second person with the one who holds ${skill.name} so the work does not wait on one person.`,
    });
  }
  const order = Object.values(RiskSeverity);
  return risks.sort((a, b) => order.indexOf(b.severity) - order.indexOf(a.severity));
}

function recommendationsOf(project: ContextProject, today: string): InsightRecommendationContent[] {
  const actions: InsightRecommendationContent[] = [];
  for (const task of project.blockedTasks.slice(0, 3)) {
    actions.push({
      action: `Unblock "${task.title}" in ${project.name}`,
      rationale: `It is BLOCKED${task.dueDate ? ` and due ${task.dueDate}` : ""}; ${plural(project.blockedTaskCount, "task")} of the project are blocked.`,
      priority: task.dueDate && task.dueDate <= today ? RecommendationPriority.HIGH : RecommendationPriority.MEDIUM,
    });
  }
  const expected = expectedProgress(project, today);
  if (expected !== null && expected - project.progress > 10) {
    actions.push({
      action: `Re-plan ${project.name} against its end date ${project.endDate}`,
      rationale: `It is ${pct(project.progress)} complete where a straight line from its start would have it at ${pct(expected)}.`,
      priority: RecommendationPriority.HIGH,
    });
  }
  if (project.team && project.team.utilization !== null && project.team.utilization > 0.9) {
    actions.push({
      action: `Rebalance the load of ${project.name}'s team`,
      rationale: `The team logged ${project.team.loggedHours} h of ${project.team.capacityHours} h capacity (${pct(project.team.utilization * 100)}) from ${project.team.periodFrom} to ${project.team.periodTo}.`,
      priority: project.team.utilization > 1 ? RecommendationPriority.HIGH : RecommendationPriority.MEDIUM,
    });
  }
  const { overdue, next } = milestonesOf(project, today);
  for (const milestone of overdue) {
    actions.push({
      action: `Set a new date for "${milestone.name}" in ${project.name}`,
      rationale: `It was due ${milestone.dueDate} and is not achieved.`,
      priority: RecommendationPriority.HIGH,
    });
  }
  for (const skill of concentratedSkills(project)) {
    actions.push({
      action: `${skill.holderIds.length === 0 ? "Find someone with" : "Train a second person in"} ${skill.name}${atLevel(skill)} for ${project.name}`,
      rationale: `${needing(skill)} it and ${skill.holderIds.length === 0 ? "nobody" : "one person"} in the workspace holds it.`,
      priority: skill.holderIds.length === 0 ? RecommendationPriority.HIGH : RecommendationPriority.MEDIUM,
    });
  }
  if (actions.length === 0) {
    actions.push({
      action: next ? `Keep ${project.name} on its plan towards "${next.name}" (${next.dueDate})` : `Keep ${project.name} on its plan`,
      rationale:
        "No rule finds a risk: no slippage over 10 points, no overload, no overdue milestone, no blocked task, no skill held by one person only.",
      priority: RecommendationPriority.LOW,
    });
  }
  return actions;
}

/** The sentences that describe one project's state; each cites what it uses. */
function statusOf(project: ContextProject, today: string): { sentences: string[]; cited: string[] } {
  const cited = [project.id];
  const sentences: string[] = [];
  const expected = expectedProgress(project, today);
  sentences.push(
    `${project.name} (${project.key}) is ${project.status} and ${project.health}, ${pct(project.progress)} complete` +
      (expected === null ? "." : ` where a straight line from its start would have it at ${pct(expected)}.`),
  );
  sentences.push(
    `${project.doneTaskCount} of ${plural(project.taskCount, "task")} are done; ${project.blockedTaskCount} ${project.blockedTaskCount === 1 ? "is" : "are"} blocked.`,
  );
  cited.push(...project.blockedTasks.map((task) => task.id));
  if (project.forecast) {
    sentences.push(
      project.forecast.remainingTasks === 0
        ? "Nothing remains to do."
        : `At the pace of the last ${plural(project.forecast.throughputWeeks, "complete week")}, the remaining ${plural(project.forecast.remainingTasks, "task")} finish by ${project.forecast.p50 ?? "beyond ten years"} (P50) or ${project.forecast.p85 ?? "beyond ten years"} (P85)` +
            (project.endDate ? `; the planned end is ${project.endDate}.` : "."),
    );
  } else if (project.taskCount > project.doneTaskCount) {
    sentences.push("No task was completed in the last twelve complete weeks, so there is no pace to forecast a finish from.");
  }
  const { overdue, next, achieved } = milestonesOf(project, today);
  if (project.milestones.length > 0) {
    sentences.push(
      `${achieved} of ${plural(project.milestones.length, "milestone")} achieved` +
        (overdue.length > 0 ? `; ${overdue.length} overdue (${overdue.map((m) => `"${m.name}", due ${m.dueDate}`).join("; ")})` : "") +
        (next ? `; next: "${next.name}" on ${next.dueDate}.` : "."),
    );
    cited.push(...overdue.map((m) => m.id), ...(next ? [next.id] : []));
  }
  if (project.risks.length > 0) {
    sentences.push(`Open risks: ${project.risks.map((risk) => `${risk.title} (${risk.severity})`).join("; ")}.`);
    cited.push(...project.risks.map((risk) => risk.id));
  }
  return { sentences, cited };
}

function projectInsight(kind: InsightKind, project: ContextProject, today: string): InsightContent {
  const status = statusOf(project, today);
  const risks = risksOf(project, today);
  const trend = velocityTrend(project);
  const expected = expectedProgress(project, today);
  const headline =
    `${project.name}: ${project.health.replace("_", " ").toLowerCase()}, ${pct(project.progress)} complete` +
    (risks.length > 0 ? `, ${plural(risks.length, "risk")}` : ", no risk found");
  const content: InsightContent = { headline, summary: "", highlights: [], risks: [], recommendations: [], citedIds: status.cited };
  if (kind === InsightKind.PROGRESS_ANALYSIS) {
    content.headline =
      `${project.name}: ${pct(project.progress)} complete` + (expected === null ? "" : ` against ${pct(expected)} planned`);
  } else if (kind === InsightKind.RISK_ASSESSMENT) {
    content.headline =
      risks.length === 0
        ? `${project.name}: no risk found`
        : `${project.name}: ${plural(risks.length, "risk")}, the worst ${risks[0]!.severity}`;
  }
  switch (kind) {
    case InsightKind.EXECUTIVE_SUMMARY:
      content.summary = status.sentences.join(" ");
      content.highlights = status.sentences.slice(0, 5);
      break;
    case InsightKind.PROGRESS_ANALYSIS: {
      const pace = trend
        ? `Over the last four complete weeks the project completed ${plural(trend.recent, "task")}, against ${trend.before} in the four before (${trend.recent < trend.before ? "slowing" : trend.recent > trend.before ? "speeding up" : "steady"}).`
        : `Velocity is known for ${plural(project.velocity.length, "complete week")}: ${project.velocity.map((week) => week.completedTasks).join(", ") || "none"} tasks a week.`;
      const path =
        project.criticalPath.length > 0
          ? `The critical path runs through ${plural(project.criticalPath.length, "item")}: ${project.criticalPath.map((bar) => `"${bar.title}"`).join(" → ")}.`
          : "";
      content.summary = [...status.sentences.slice(0, 3), pace, path].filter(Boolean).join(" ");
      content.highlights = [status.sentences[0]!, pace, ...(path ? [path] : [])];
      content.citedIds.push(...project.criticalPath.map((bar) => bar.id));
      break;
    }
    case InsightKind.RISK_ASSESSMENT:
      content.risks = risks;
      content.citedIds.push(...concentratedSkills(project).flatMap((skill) => skill.taskIds));
      content.summary =
        risks.length === 0
          ? `No rule finds a risk on ${project.name}: progress is within 10 points of plan, no more than two tasks are blocked, the team is not overloaded, no milestone is overdue and every skill the open tasks need is held by two people or more.`
          : `${plural(risks.length, "risk")} on ${project.name}, the worst ${risks[0]!.severity}: ${risks.map((risk) => risk.title.replace(`${project.name}: `, "")).join("; ")}.`;
      break;
    case InsightKind.RECOMMENDATIONS:
      content.recommendations = recommendationsOf(project, today);
      content.headline = `${project.name}: ${plural(content.recommendations.length, "action")}, the first ${content.recommendations[0]!.priority}`;
      content.summary = `${plural(content.recommendations.length, "action")} for ${project.name}, from its figures: ${content.recommendations.map((action) => action.action).join("; ")}.`;
      break;
  }
  return content;
}

function portfolioInsight(kind: InsightKind, context: AnalysisContext): InsightContent {
  const { projects, today } = context;
  const count = (health: string) => projects.filter((project) => project.health === health).length;
  const scope = `${plural(projects.length, "project")}${context.truncated ? " (the 50 newest)" : ""}`;
  const headline = `Portfolio: ${scope}, ${count("ON_TRACK")} on track, ${count("AT_RISK")} at risk, ${count("OFF_TRACK")} off track`;
  const content: InsightContent = {
    headline,
    summary: "",
    highlights: [],
    risks: [],
    recommendations: [],
    citedIds: projects.map((project) => project.id),
  };
  const worst = [...projects].sort((a, b) => b.risks.length - a.risks.length || a.progress - b.progress).filter((p) => p.risks.length > 0);
  switch (kind) {
    case InsightKind.EXECUTIVE_SUMMARY:
    case InsightKind.PROGRESS_ANALYSIS: {
      const lines = projects.map((project) => {
        const expected = expectedProgress(project, today);
        return `${project.name}: ${pct(project.progress)} complete${expected === null ? "" : ` (plan ${pct(expected)})`}, ${project.health}${project.forecast?.p85 ? `, P85 finish ${project.forecast.p85}` : ""}.`;
      });
      content.summary = [`${headline}.`, ...lines].join(" ");
      content.highlights = [
        ...worst.slice(0, 3).map((project) => `${project.name}: ${project.risks.map((risk) => risk.title).join("; ")}.`),
        ...lines.slice(0, 5 - Math.min(3, worst.length)),
      ];
      break;
    }
    case InsightKind.RISK_ASSESSMENT:
      content.risks = projects.flatMap((project) => risksOf(project, today)).slice(0, 12);
      content.citedIds.push(...projects.flatMap((project) => project.risks.map((risk) => risk.id)));
      content.summary =
        content.risks.length === 0
          ? `No rule finds a risk on any of the ${scope}.`
          : `${plural(content.risks.length, "risk")} across the ${scope}: ${content.risks.map((risk) => `${risk.title} (${risk.severity})`).join("; ")}.`;
      break;
    case InsightKind.RECOMMENDATIONS:
      content.recommendations = projects
        .flatMap((project) => recommendationsOf(project, today))
        .filter((action) => action.priority !== RecommendationPriority.LOW)
        .slice(0, 10);
      content.summary =
        content.recommendations.length === 0
          ? `Nothing in the ${scope} needs action: keep the current plans.`
          : `${plural(content.recommendations.length, "action")} across the ${scope}: ${content.recommendations.map((action) => action.action).join("; ")}.`;
      break;
  }
  return content;
}

/**
 * Plateau's deterministic writer (no model configured, the `npm start` default): the same kinds from the same
 * facts, in fixed wording, marked `source: RULES`. The same facts give the same insight, word for word.
 */
export const rulesGenerator: InsightGenerator = {
  source: InsightSource.RULES,
  async generate(kind, context): Promise<GeneratedInsight> {
    const started = performance.now();
    const content =
      context.scope === "PROJECT" && context.projects.length === 1
        ? projectInsight(kind, context.projects[0]!, context.today)
        : portfolioInsight(kind, context);
    content.citedIds = [...new Set(content.citedIds)];
    return {
      kind,
      content: withinLimits(content),
      source: InsightSource.RULES,
      model: null,
      promptVersion: RULES_VERSION,
      tokensIn: 0,
      tokensOut: 0,
      latencyMs: Math.round(performance.now() - started),
      costEstimate: 0,
    };
  },
};
