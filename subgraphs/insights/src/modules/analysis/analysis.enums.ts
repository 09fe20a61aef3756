import { registerEnumType } from "type-graphql";

/** What an analysis covers. */
export enum AnalysisScope {
  PROJECT = "PROJECT",
  PORTFOLIO = "PORTFOLIO",
}
registerEnumType(AnalysisScope, {
  name: "AnalysisScope",
  description: "What an analysis covers.",
  valuesConfig: {
    PROJECT: { description: "One project (`projectId`)." },
    PORTFOLIO: { description: "Every project of the workspace the requester can read (up to 50, most recently changed first)." },
  },
});

/** What an insight is: one per kind an analysis asked for. */
export enum InsightKind {
  EXECUTIVE_SUMMARY = "EXECUTIVE_SUMMARY",
  RISK_ASSESSMENT = "RISK_ASSESSMENT",
  PROGRESS_ANALYSIS = "PROGRESS_ANALYSIS",
  RECOMMENDATIONS = "RECOMMENDATIONS",
}
registerEnumType(InsightKind, {
  name: "InsightKind",
  description: "What an insight is; an analysis writes one insight per kind it was asked for.",
  valuesConfig: {
    EXECUTIVE_SUMMARY: { description: "A status summary for executives: where the work stands and what matters, with highlights." },
    RISK_ASSESSMENT: { description: "The risks to the plan, each with its evidence and a mitigation (`risks`)." },
    PROGRESS_ANALYSIS: { description: "Progress against plan: completion, pace, forecast and milestones, with highlights." },
    RECOMMENDATIONS: { description: "What to do next, each action with its rationale and priority (`recommendations`)." },
  },
});

/** Where an analysis request is. */
export enum AnalysisStatus {
  QUEUED = "QUEUED",
  RUNNING = "RUNNING",
  SUCCEEDED = "SUCCEEDED",
  FAILED = "FAILED",
  CANCELLED = "CANCELLED",
}
registerEnumType(AnalysisStatus, {
  name: "AnalysisStatus",
  description: "Where an analysis request is; SUCCEEDED, FAILED and CANCELLED are final.",
  valuesConfig: {
    QUEUED: { description: "Waiting for a worker (also between attempts, until `nextAttemptAt`)." },
    RUNNING: { description: "A worker is generating its insights." },
    SUCCEEDED: { description: "Every insight asked for is stored (`insights`)." },
    FAILED: {
      description:
        "Given up: `errorCode` and `lastError` say why. After the last attempt at a transient failure this is the dead-letter state; nothing was stored.",
    },
    CANCELLED: { description: "Cancelled before it finished; nothing was stored." },
  },
});

/** Who wrote an insight. */
export enum InsightSource {
  MODEL = "MODEL",
  RULES = "RULES",
}
registerEnumType(InsightSource, {
  name: "InsightSource",
  description: "Who wrote an insight. Nothing is labelled MODEL that did not come from a model.",
  valuesConfig: {
    MODEL: { description: "A language model (`model` names it), from the facts the analysis gathered." },
    RULES: { description: "Plateau's deterministic generator, from the same facts (no model is configured)." },
  },
});

/** Why an analysis request failed: its `errorCode`. */
export enum AnalysisErrorCode {
  /** The model endpoint kept failing (timeouts, 429s, 5xx) through every attempt: the dead-letter state. */
  MODEL_UNAVAILABLE = "MODEL_UNAVAILABLE",
  /** The endpoint refused the request itself (a bad key, an unknown model, a 4xx other than 429). */
  MODEL_REJECTED = "MODEL_REJECTED",
  /** The model declined to answer. */
  MODEL_REFUSED = "MODEL_REFUSED",
  /** The model's answer did not match the kind's schema, twice. */
  INVALID_OUTPUT = "INVALID_OUTPUT",
  /** The workspace's daily token budget was spent before the analysis could run. */
  BUDGET_EXHAUSTED = "BUDGET_EXHAUSTED",
  /** Writing the insights failed inside Plateau through every attempt. */
  INTERNAL_ERROR = "INTERNAL_ERROR",
}
registerEnumType(AnalysisErrorCode, {
  name: "AnalysisErrorCode",
  description: "Why an analysis request FAILED.",
  valuesConfig: {
    MODEL_UNAVAILABLE: { description: "The model endpoint kept failing (time-outs, 429s, 5xx) through every attempt." },
    MODEL_REJECTED: { description: "The endpoint refused the request (a bad key, an unknown model, another 4xx)." },
    MODEL_REFUSED: { description: "The model declined to answer; `lastError` has its reason." },
    INVALID_OUTPUT: { description: "The model's answer did not match the kind's schema, twice; `lastError` has the problem." },
    BUDGET_EXHAUSTED: { description: "The workspace's daily token budget was spent before the analysis could run." },
    INTERNAL_ERROR: { description: "Writing the insights failed inside Plateau through every attempt; `lastError` says where." },
  },
});

/** What a fact an insight cites is. */
export enum CitationKind {
  PROJECT = "PROJECT",
  TASK = "TASK",
  MILESTONE = "MILESTONE",
  RISK = "RISK",
}
registerEnumType(CitationKind, {
  name: "CitationKind",
  description: "What a fact an insight cites is.",
  valuesConfig: {
    PROJECT: { description: "A project (`Project.id`)." },
    TASK: { description: "A task (`Task.id`)." },
    MILESTONE: { description: "A milestone (`Milestone.id`)." },
    RISK: { description: "A rule-based risk assessment (`RiskAssessment.id`)." },
  },
});

/** The kinds of risk a model may name in a RISK_ASSESSMENT. */
export enum InsightRiskCategory {
  SCHEDULE = "SCHEDULE",
  RESOURCING = "RESOURCING",
  SCOPE = "SCOPE",
  TECHNICAL_DEBT = "TECHNICAL_DEBT",
  INTEGRATION_COMPLEXITY = "INTEGRATION_COMPLEXITY",
  COMPLIANCE_GAP = "COMPLIANCE_GAP",
  DEPENDENCY = "DEPENDENCY",
  OTHER = "OTHER",
}
registerEnumType(InsightRiskCategory, {
  name: "InsightRiskCategory",
  description: "What kind of risk an insight names.",
  valuesConfig: {
    SCHEDULE: { description: "Dates at risk: slippage, a milestone unlikely to be met." },
    RESOURCING: { description: "People: overload, knowledge concentrated in one person, missing skills." },
    SCOPE: { description: "Scope growing or unclear." },
    TECHNICAL_DEBT: { description: "Shortcuts that will slow later work (model-derived)." },
    INTEGRATION_COMPLEXITY: { description: "Risky interfaces between systems or teams (model-derived)." },
    COMPLIANCE_GAP: { description: "A regulatory or policy obligation not covered (model-derived)." },
    DEPENDENCY: { description: "Blocked or late work other work waits for." },
    OTHER: { description: "Anything else." },
  },
});

/** How urgent a recommendation is. */
export enum RecommendationPriority {
  HIGH = "HIGH",
  MEDIUM = "MEDIUM",
  LOW = "LOW",
}
registerEnumType(RecommendationPriority, {
  name: "RecommendationPriority",
  description: "How urgent a recommended action is.",
  valuesConfig: {
    HIGH: { description: "Do it this week." },
    MEDIUM: { description: "Do it this reporting period." },
    LOW: { description: "Worth doing when there is room." },
  },
});
