import { check, requireWorkspaceId, sqlRows, type UserSkillReference } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import type { TaskView } from "./task.rows.js";
import { SKILL_LEVELS, type AssigneeSuggestion } from "./task.skills.js";

/** What scoring needs of one member: their skills (identity) and open workload (portfolio). */
interface Candidate {
  userId: string;
  skills: Map<string, number>;
  openTaskCount: number;
  openEstimateHours: number;
}

/** Weights of the score; see {@link rankAssignees}. */
export const SUGGESTION_WEIGHTS = { skillCoverage: 100, levelAboveMinimum: 5, perOpenTask: 5, perOpenHour: 1 };

const candidatesOf = new WeakMap<PortfolioContext, Promise<Candidate[]>>();

/**
 * The workspace's members who may take work (VIEWERs left out; workspaces lists at most 100), with
 * their skills and open workload. Computed once per request whatever the number of tasks asking:
 * one call to workspaces, one to identity (both as the caller), one SQL statement.
 */
function candidates(ctx: PortfolioContext): Promise<Candidate[]> {
  let pending = candidatesOf.get(ctx);
  if (!pending) {
    pending = loadCandidates(ctx);
    candidatesOf.set(ctx, pending);
  }
  return pending;
}

async function loadCandidates(ctx: PortfolioContext): Promise<Candidate[]> {
  const workspaceId = requireWorkspaceId(ctx);
  const references = ctx.references;
  const members = (await references.workspaceMembers()).filter((member) => member.role !== "VIEWER");
  const userIds = members.map((member) => member.userId);
  if (userIds.length === 0) return [];
  const [skills, workload] = await Promise.all([
    references.skillsOfUsers(userIds),
    sqlRows<{ assignee_id: string; tasks: number; hours: number }>(
      ctx.em,
      `select assignee_id, count(*)::int as tasks,
              coalesce(sum(coalesce(estimate_hours, 0) * (100 - completion) / 100.0), 0)::float8 as hours
         from portfolio.task where workspace_id = ? and status <> 'DONE' and assignee_id = any(?::uuid[]) group by assignee_id`,
      [workspaceId, `{${userIds.join(",")}}`],
    ),
  ]);
  const load = new Map(workload.map((row) => [row.assignee_id, row]));
  return userIds.map((userId, index) => ({
    userId,
    skills: levelsOf(skills[index]!),
    openTaskCount: load.get(userId)?.tasks ?? 0,
    openEstimateHours: Math.round((load.get(userId)?.hours ?? 0) * 100) / 100,
  }));
}

function levelsOf(skills: UserSkillReference[]): Map<string, number> {
  return new Map(skills.map((rated) => [rated.skillId, SKILL_LEVELS.indexOf(rated.level as never)]));
}

/**
 * The `first` best-suited members for `task`, best first. Each member's score is
 *
 *   100 × (required skills they have at the level needed ÷ required skills; 0 when the task requires none)
 *   + 5 × (levels above the minimum, summed over those skills)
 *   − 5 × open tasks assigned to them − 1 × their open remaining estimate in hours,
 *
 * so skills decide first and workload separates equally skilled members. Ties go to the member with
 * fewer open hours, then fewer open tasks, then the lower user id.
 */
export async function rankAssignees(
  ctx: PortfolioContext,
  task: Pick<TaskView, "requiredSkills">,
  first: number,
): Promise<AssigneeSuggestion[]> {
  check.range("first", first, 1, 100);
  const required = task.requiredSkills;
  const scored = (await candidates(ctx)).map((candidate) => {
    const matching = required.filter((requirement) => {
      const level = candidate.skills.get(requirement.skillId);
      return level !== undefined && level >= (requirement.minLevel ? SKILL_LEVELS.indexOf(requirement.minLevel) : 0);
    });
    const above = matching.reduce(
      (sum, requirement) =>
        sum + candidate.skills.get(requirement.skillId)! - (requirement.minLevel ? SKILL_LEVELS.indexOf(requirement.minLevel) : 0),
      0,
    );
    const w = SUGGESTION_WEIGHTS;
    const score =
      (required.length ? (w.skillCoverage * matching.length) / required.length : 0) +
      w.levelAboveMinimum * above -
      w.perOpenTask * candidate.openTaskCount -
      w.perOpenHour * candidate.openEstimateHours;
    return {
      user: { id: candidate.userId },
      score: Math.round(score * 100) / 100,
      matchingSkills: matching.map((requirement) => ({ id: requirement.skillId })),
      openTaskCount: candidate.openTaskCount,
      openEstimateHours: candidate.openEstimateHours,
    };
  });
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      a.openEstimateHours - b.openEstimateHours ||
      a.openTaskCount - b.openTaskCount ||
      (a.user.id < b.user.id ? -1 : a.user.id > b.user.id ? 1 : 0),
  );
  return scored.slice(0, first);
}
