import { registerEnumType } from "type-graphql";

/** The deterministic checks insights runs on a project (see risk.detectors.ts). */
export enum RiskRule {
  SCHEDULE_SLIPPAGE = "SCHEDULE_SLIPPAGE",
  BLOCKED_TASKS = "BLOCKED_TASKS",
  TEAM_OVERLOAD = "TEAM_OVERLOAD",
  DECLINING_VELOCITY = "DECLINING_VELOCITY",
  KNOWLEDGE_CONCENTRATION = "KNOWLEDGE_CONCENTRATION",
  SKILL_CONCENTRATION = "SKILL_CONCENTRATION",
}
registerEnumType(RiskRule, {
  name: "RiskRule",
  description: "The check that detected a risk.",
  valuesConfig: {
    SCHEDULE_SLIPPAGE: {
      description: "Progress is more than a threshold of percentage points behind a straight line from startDate (0%) to endDate (100%).",
    },
    BLOCKED_TASKS: { description: "More than a threshold of the project's tasks are BLOCKED." },
    TEAM_OVERLOAD: {
      description:
        "The project's team logged more than 90% of its capacity over the last four ISO weeks timesheets measured (a period that ended at most 14 days ago); `evidence` has the team, the period and its hours.",
    },
    DECLINING_VELOCITY: {
      description:
        "The last four complete weeks (UTC) completed less than half the tasks of the four before them (at least 4), while tasks remain; `evidence` has the weeks.",
    },
    KNOWLEDGE_CONCENTRATION: {
      description:
        "One person is assigned more than 60% of the remaining estimated hours (at least 16 h over 3 tasks or more); `evidence` names them.",
    },
    SKILL_CONCENTRATION: {
      description:
        "A skill the open tasks need (identity's skills, at the lowest level a task asks for) is held by one person in the workspace, or by nobody; `evidence` names the skill and its holder.",
    },
  },
});

/** How bad a risk is; the declaration order is the severity order (Postgres sorts native enums by it). */
export enum RiskSeverity {
  LOW = "LOW",
  MEDIUM = "MEDIUM",
  HIGH = "HIGH",
  CRITICAL = "CRITICAL",
}
registerEnumType(RiskSeverity, {
  description: "How bad a risk is, from LOW to CRITICAL (the order SEVERITY sorts by).",
  valuesConfig: {
    LOW: { description: "Worth watching; no action needed yet." },
    MEDIUM: { description: "Needs attention this reporting period." },
    HIGH: { description: "Threatens a date or a deliverable: act now." },
    CRITICAL: { description: "The project is failing its plan: escalate." },
  },
  name: "RiskSeverity",
});

/** OPEN while the rule still fires; RESOLVED once an evaluation finds it no longer does. */
export enum RiskStatus {
  OPEN = "OPEN",
  RESOLVED = "RESOLVED",
}
registerEnumType(RiskStatus, {
  description: "Whether a rule still fires.",
  valuesConfig: {
    OPEN: { description: "The rule still fires on the last evaluation." },
    RESOLVED: { description: "An evaluation found the rule no longer fires; kept for history." },
  },
  name: "RiskStatus",
});
