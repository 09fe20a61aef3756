/**
 * The demo workspace, from the seed documents: an IT portfolio with four projects, their milestones,
 * ArchiMate work packages and some logged time. Dates are relative to the day of seeding, so the
 * schedule-based risks read the same whenever the demo is started.
 */

export const DEMO_PASSWORD = "plateau-demo";
export const DEMO_WORKSPACE = "Demo IT Portfolio";

export type DemoRole = "OWNER" | "ADMIN" | "MANAGER" | "MEMBER" | "VIEWER";

export const DEMO_USERS: { key: DemoRole; email: string; name: string }[] = [
  { key: "OWNER", email: "owner@demo.plateau.dev", name: "Olivia Chen" },
  { key: "ADMIN", email: "admin@demo.plateau.dev", name: "Adam Brooks" },
  { key: "MANAGER", email: "manager@demo.plateau.dev", name: "Maya Patel" },
  { key: "MEMBER", email: "member@demo.plateau.dev", name: "Marco Rossi" },
  { key: "VIEWER", email: "viewer@demo.plateau.dev", name: "Vera Lindqvist" },
];

export interface DemoTask {
  title: string;
  status: "TODO" | "IN_PROGRESS" | "BLOCKED" | "IN_REVIEW" | "DONE";
  priority: "LOW" | "MEDIUM" | "HIGH" | "URGENT";
  estimateHours: number;
  completion: number;
  assignee?: DemoRole;
  /** Days from today. */
  due?: number;
  /** DONE tasks: how many days ago the work was done (recorded now with `completedAt`, so velocity and forecasts have a history). */
  completedDaysAgo?: number;
  subtasks?: Omit<DemoTask, "subtasks">[];
}

export interface DemoProject {
  key: string;
  name: string;
  category: string;
  description: string;
  status: "PLANNED" | "ACTIVE" | "ON_HOLD" | "COMPLETED" | "CANCELLED";
  health: "ON_TRACK" | "AT_RISK" | "OFF_TRACK";
  /** Days from today. */
  start: number;
  end: number;
  /** Progress the tasks below add up to (estimate-weighted completion of leaf tasks). */
  expectedProgress: number;
  tasks: DemoTask[];
}

const done = (title: string, estimateHours: number, assignee: DemoRole, completedDaysAgo: number): DemoTask => ({
  title,
  status: "DONE",
  priority: "MEDIUM",
  estimateHours,
  completion: 100,
  assignee,
  completedDaysAgo,
});

/** The workspace's project categories (DemoProject.category names one), with their chart colours. */
export const DEMO_CATEGORIES: { name: string; color: string }[] = [
  { name: "Infrastructure", color: "#2F6FDE" },
  { name: "Security", color: "#D9480F" },
];

/** A status report on a demo project, oldest first; the last one's health is the project's. */
export interface DemoStatusUpdate {
  author: DemoRole;
  health: "ON_TRACK" | "AT_RISK" | "OFF_TRACK";
  text: string;
}

/** Budgets and status histories of the demo projects, by project key. */
export const DEMO_PROJECT_EXTRAS: Record<string, { budget: { amount: string; currency: string }; statusUpdates: DemoStatusUpdate[] }> = {
  VULN: {
    budget: { amount: "180000.00", currency: "EUR" },
    statusUpdates: [
      { author: "MANAGER", health: "AT_RISK", text: "Patch window for the Oracle cluster slipped a week; CAB approval pending." },
      { author: "MANAGER", health: "ON_TRACK", text: "Oracle 19c migration done; critical findings down from 42 to 9." },
    ],
  },
  CLOUD: {
    budget: { amount: "450000.00", currency: "EUR" },
    statusUpdates: [{ author: "MANAGER", health: "ON_TRACK", text: "Landing zone approved; wave 1 inventory complete." }],
  },
  WAF: {
    budget: { amount: "95000.00", currency: "EUR" },
    statusUpdates: [
      { author: "MANAGER", health: "ON_TRACK", text: "NLB replacement live without incident." },
      { author: "MANAGER", health: "AT_RISK", text: "Three tasks blocked on the payments team's API schema; escalated." },
    ],
  },
  TAPE: {
    budget: { amount: "260000.00", currency: "EUR" },
    statusUpdates: [
      { author: "MANAGER", health: "AT_RISK", text: "Vendor delivery of the tape library delayed by six weeks." },
      { author: "OWNER", health: "OFF_TRACK", text: "Restore tests failed twice; recovery plan due Friday." },
    ],
  },
};

export const DEMO_PROJECTS: DemoProject[] = [
  {
    key: "VULN",
    name: "Vulnerabilities Remediation",
    category: "Security",
    description: "Close the critical and high findings of the annual penetration test and the continuous scanner backlog.",
    status: "ACTIVE",
    health: "ON_TRACK",
    start: -120,
    end: 60,
    expectedProgress: 65,
    tasks: [
      done("Triage penetration-test findings", 10, "MANAGER", 40),
      done("Patch internet-facing web servers", 10, "MEMBER", 24),
      {
        title: "Harden Windows server baseline (CIS L1)",
        status: "IN_PROGRESS",
        priority: "HIGH",
        estimateHours: 10,
        completion: 60,
        assignee: "MEMBER",
        due: 14,
        subtasks: [
          {
            title: "Apply CIS L1 GPOs to member servers",
            status: "DONE",
            priority: "HIGH",
            estimateHours: 5,
            completion: 100,
            assignee: "MEMBER",
            completedDaysAgo: 10,
          },
          {
            title: "Apply CIS L1 GPOs to domain controllers",
            status: "IN_PROGRESS",
            priority: "HIGH",
            estimateHours: 5,
            completion: 20,
            assignee: "MEMBER",
            due: 14,
          },
        ],
      },
      { title: "Rotate service-account credentials", status: "TODO", priority: "HIGH", estimateHours: 10, completion: 0, due: 30 },
    ],
  },
  {
    key: "CLOUD",
    name: "Cloud Migration Planning",
    category: "Infrastructure",
    description: "Assess the application estate and plan the migration waves to the cloud landing zone.",
    status: "ACTIVE",
    health: "ON_TRACK",
    start: -90,
    end: 90,
    expectedProgress: 70,
    tasks: [
      done("Application portfolio assessment", 8, "MANAGER", 50),
      done("Landing zone design", 8, "ADMIN", 31),
      done("Network connectivity design (ExpressRoute)", 8, "MEMBER", 12),
      {
        title: "Migration wave planning",
        status: "IN_PROGRESS",
        priority: "HIGH",
        estimateHours: 8,
        completion: 50,
        assignee: "MANAGER",
        due: 21,
      },
      { title: "Cost model and business case", status: "TODO", priority: "MEDIUM", estimateHours: 8, completion: 0, due: 45 },
    ],
  },
  {
    key: "WAF",
    name: "WAF/API Security",
    category: "Security",
    description: "Put every public web application and API behind the web application firewall with API schema validation.",
    status: "ACTIVE",
    health: "AT_RISK",
    start: -60,
    end: 120,
    expectedProgress: 65,
    tasks: [
      done("WAF vendor selection", 5, "MANAGER", 55),
      done("Deploy WAF in detection mode", 5, "MEMBER", 41),
      done("Onboard customer portal", 5, "MEMBER", 30),
      done("Onboard partner API", 5, "MEMBER", 19),
      done("Tune false positives", 5, "MEMBER", 9),
      {
        title: "Switch WAF to blocking mode",
        status: "BLOCKED",
        priority: "URGENT",
        estimateHours: 5,
        completion: 20,
        assignee: "MEMBER",
        due: 7,
      },
      { title: "API schema validation for payments API", status: "BLOCKED", priority: "HIGH", estimateHours: 5, completion: 0, due: 20 },
      { title: "Bot management rules", status: "BLOCKED", priority: "MEDIUM", estimateHours: 5, completion: 0, due: 40 },
    ],
  },
  {
    key: "TAPE",
    name: "Tape Library & Backup Server Replacements",
    category: "Infrastructure",
    description: "Replace the end-of-life tape library and backup servers with disk-based immutable backup.",
    status: "ACTIVE",
    health: "OFF_TRACK",
    start: -140,
    end: 70,
    expectedProgress: 20,
    tasks: [
      done("Capacity and retention requirements", 6, "MANAGER", 62),
      {
        title: "Procure backup appliances",
        status: "IN_REVIEW",
        priority: "HIGH",
        estimateHours: 6,
        completion: 0,
        assignee: "ADMIN",
        due: -10,
      },
      { title: "Install and configure backup servers", status: "TODO", priority: "HIGH", estimateHours: 6, completion: 0, due: 20 },
      { title: "Migrate backup jobs", status: "TODO", priority: "MEDIUM", estimateHours: 6, completion: 0, due: 45 },
      { title: "Decommission tape library", status: "TODO", priority: "LOW", estimateHours: 6, completion: 0, due: 65 },
    ],
  },
];

export const DEMO_MILESTONES: { project: string; name: string; due: number; achieved: boolean }[] = [
  { project: "WAF", name: "NLB Replacement", due: -45, achieved: true },
  { project: "CLOUD", name: "Exchange Node Addition", due: -30, achieved: true },
  { project: "VULN", name: "Oracle 19c Migration", due: -15, achieved: true },
  { project: "VULN", name: "PAM Re-implementation", due: 20, achieved: false },
  { project: "CLOUD", name: "APM across DLD", due: 40, achieved: false },
  { project: "WAF", name: "Data Center Firewall", due: 75, achieved: false },
];

/** Dependencies between demo tasks, for the timeline: (project key, predecessor, successor, type, lag in days). */
export const DEMO_DEPENDENCIES: [string, string, string, string, number][] = [
  ["TAPE", "Procure backup appliances", "Install and configure backup servers", "FINISH_TO_START", 0],
  ["TAPE", "Install and configure backup servers", "Migrate backup jobs", "FINISH_TO_START", 2],
  ["TAPE", "Migrate backup jobs", "Decommission tape library", "FINISH_TO_START", 14],
  ["WAF", "Switch WAF to blocking mode", "Bot management rules", "FINISH_TO_START", 0],
  ["WAF", "Switch WAF to blocking mode", "API schema validation for payments API", "START_TO_START", 3],
  ["CLOUD", "Migration wave planning", "Cost model and business case", "START_TO_START", 5],
];

/** Demo milestones and the tasks that must be done to reach them: (milestone, project key, task titles). */
export const DEMO_MILESTONE_TASKS: [string, string, string[]][] = [
  ["PAM Re-implementation", "VULN", ["Rotate service-account credentials"]],
  ["APM across DLD", "CLOUD", ["Migration wave planning", "Cost model and business case"]],
];

/**
 * After the baseline is taken, these tasks slip by the given days (project key, task title, days), so the
 * timeline shows drift against the baseline.
 */
export const DEMO_SLIPS: [string, string, number][] = [
  ["TAPE", "Install and configure backup servers", 12],
  ["TAPE", "Migrate backup jobs", 12],
];

export const DEMO_ELEMENTS: { key: string; type: string; name: string; description: string }[] = [
  { key: "goal", type: "GOAL", name: "Reduce security exposure", description: "No critical vulnerability older than 30 days." },
  { key: "gap", type: "GAP", name: "Data Loss Gap", description: "Backups are not immutable and restores are untested." },
  { key: "plateau", type: "PLATEAU", name: "Target Cloud Plateau 2027", description: "Tier-2 workloads run in the cloud landing zone." },
  { key: "capability", type: "CAPABILITY", name: "Backup & Recovery", description: "Restore any system within its RTO." },
  { key: "requirement", type: "REQUIREMENT", name: "GDPR Art. 32 compliance", description: "Security of processing." },
  { key: "deliverable", type: "DELIVERABLE", name: "Customer Portal v2", description: "Redesigned self-service portal." },
];

export const DEMO_WORK_PACKAGES: {
  name: string;
  kind: string;
  status: string;
  riskLevel: string;
  progress: number;
  project?: string;
  description: string;
  links: { element: string; relation: string }[];
}[] = [
  {
    name: "Modernization Sprint #7",
    kind: "PROJECT",
    status: "IN_PROGRESS",
    riskLevel: "MEDIUM",
    progress: 75,
    project: "VULN",
    description: "Platform hardening and patch automation.",
    links: [{ element: "goal", relation: "REALIZES" }],
  },
  {
    name: "Regulatory Compliance Initiative",
    kind: "INITIATIVE",
    status: "PLANNED",
    riskLevel: "HIGH",
    progress: 0,
    description: "Evidence and controls for the GDPR and NIS2 audits.",
    links: [{ element: "requirement", relation: "REALIZES" }],
  },
  {
    name: "Cloud Deployment Phase 2",
    kind: "PHASE",
    status: "IN_PROGRESS",
    riskLevel: "MEDIUM",
    progress: 40,
    project: "CLOUD",
    description: "Second migration wave into the landing zone.",
    links: [{ element: "plateau", relation: "DELIVERS" }],
  },
  {
    name: "Customer Portal Redesign Epic",
    kind: "EPIC",
    status: "COMPLETED",
    riskLevel: "LOW",
    progress: 100,
    description: "The redesigned customer self-service portal.",
    links: [{ element: "deliverable", relation: "DELIVERS" }],
  },
  {
    name: "Capability Recovery Task for Data Loss Gap",
    kind: "TASK",
    status: "BLOCKED",
    riskLevel: "CRITICAL",
    progress: 10,
    project: "TAPE",
    description: "Restore tested, immutable backups; blocked on appliance procurement.",
    links: [
      { element: "gap", relation: "CLOSES" },
      { element: "capability", relation: "ENABLES" },
    ],
  },
];

/** Time logged on the demo tasks: (project key, task title, who, days ago, hours). */
export const DEMO_TIME: [string, string, DemoRole, number, number][] = [
  ["VULN", "Triage penetration-test findings", "MANAGER", 20, 6],
  ["VULN", "Triage penetration-test findings", "MANAGER", 19, 4.5],
  ["VULN", "Patch internet-facing web servers", "MEMBER", 12, 7],
  ["VULN", "Harden Windows server baseline (CIS L1)", "MEMBER", 3, 5],
  ["VULN", "Harden Windows server baseline (CIS L1)", "MEMBER", 2, 6.5],
  ["CLOUD", "Application portfolio assessment", "MANAGER", 30, 8],
  ["CLOUD", "Migration wave planning", "MANAGER", 1, 3],
  ["WAF", "Deploy WAF in detection mode", "MEMBER", 25, 7.5],
  ["WAF", "Switch WAF to blocking mode", "MEMBER", 4, 2],
  ["TAPE", "Capacity and retention requirements", "MANAGER", 40, 5],
];

/** The board every demo project gets: WIP limits on the columns where work piles up. */
export const DEMO_WORKFLOW: {
  status: DemoTask["status"];
  name: string;
  category: "TODO" | "IN_PROGRESS" | "DONE";
  wipLimit: number | null;
}[] = [
  { status: "TODO", name: "Backlog", category: "TODO", wipLimit: null },
  { status: "IN_PROGRESS", name: "In progress", category: "IN_PROGRESS", wipLimit: 4 },
  { status: "BLOCKED", name: "Blocked", category: "IN_PROGRESS", wipLimit: null },
  { status: "IN_REVIEW", name: "Peer review", category: "IN_PROGRESS", wipLimit: 2 },
  { status: "DONE", name: "Done", category: "DONE", wipLimit: null },
];

/** The demo's team: the two people who log most of the time, both on the WAF and cloud projects, led by the manager. */
export const DEMO_TEAM = {
  name: "Security Operations",
  lead: "MANAGER" as DemoRole,
  members: ["MANAGER", "MEMBER"] as DemoRole[],
  projects: ["WAF", "CLOUD"],
};

/** Where the demo workspace counts its days. */
export const DEMO_TIME_ZONE = "Europe/London";

/**
 * Eight past weeks of time for the team (`weeksAgo` 8 … 1, the week before the current one being 1): each
 * person logs every weekday on their task, 34 and 35 of a 40-hour week, which with the rest of the demo's time
 * puts the team at about 95% utilisation, above the 90% the risk rule watches. Then each week goes where the demo wants it: approved, one rejected with a reason and
 * corrected, the last but one submitted and waiting, the last one still in draft.
 */
export const DEMO_WEEKS: {
  who: DemoRole;
  project: string;
  task: string;
  /** Hours on each weekday, Monday first. */
  hours: [number, number, number, number, number];
  /** Weeks ago → what happens to the week after its time is logged; a week not listed stays in draft. */
  fate: Record<number, "APPROVED" | "SUBMITTED" | { rejected: string; thenApproved: boolean }>;
  /** Who approves or rejects it. */
  approver: DemoRole;
}[] = [
  {
    who: "MEMBER",
    project: "WAF",
    task: "Switch WAF to blocking mode",
    hours: [7, 7, 7, 7, 6],
    fate: {
      8: "APPROVED",
      7: "APPROVED",
      6: "APPROVED",
      5: { rejected: "Tuesday's rule tuning belongs on the bot management task, please move 3 h there", thenApproved: true },
      4: "APPROVED",
      3: { rejected: "Friday shows 7 h but you were at the supplier workshop all afternoon: please check", thenApproved: false },
      2: "SUBMITTED",
    },
    approver: "MANAGER",
  },
  {
    who: "MANAGER",
    project: "CLOUD",
    task: "Migration wave planning",
    hours: [7.5, 7, 7, 7, 6.5],
    fate: { 8: "APPROVED", 7: "APPROVED", 6: "APPROVED", 5: "APPROVED", 4: "APPROVED", 3: "APPROVED", 2: "SUBMITTED" },
    approver: "ADMIN",
  },
];
