import type { SubgraphDefinition } from "@plateau/subgraph-kit";
import { createLoaders, type InsightsLoaders, type InsightsServices } from "./context.js";
import { AiSettingsResolver } from "./modules/analysis/ai-settings.resolver.js";
import { AiUsage } from "./modules/analysis/ai-usage.entity.js";
import { AnalysisRequest } from "./modules/analysis/analysis-request.entity.js";
import { analysisRuntime } from "./modules/analysis/analysis-runtime.js";
import { analysisRequestReference, insightReference } from "./modules/analysis/analysis.reference.js";
import { AnalysisRequestResolver } from "./modules/analysis/analysis.resolver.js";
import { analysisRules } from "./modules/analysis/analysis.rules.js";
import { startAnalysisWorkers } from "./modules/analysis/analysis.worker.js";
import { analysisLeaseSweepPolicy } from "./modules/analysis/lease-sweep.js";
import { Insight } from "./modules/analysis/insight.entity.js";
import { InsightResolver } from "./modules/analysis/insight.resolver.js";
import { InsightSubscriptionResolver } from "./modules/analysis/insight.subscription.js";
import { WorkspaceAiSettings } from "./modules/analysis/workspace-ai-settings.entity.js";
import { ProjectInsightsResolver } from "./modules/project/project-insights.resolver.js";
import { PortfolioAnalysisResolver, PortfolioProjectAnalysisResolver } from "./modules/portfolio-analysis/portfolio-analysis.resolver.js";
import { portfolioAnalysisRules } from "./modules/portfolio-analysis/portfolio-analysis.rules.js";
import { parseInsightsSettings } from "./settings.js";
import { migrations } from "./migrations/index.js";
import { projectRules } from "./modules/project/project.rules.js";
import { ProjectRisksResolver } from "./modules/project/project.resolver.js";
import { ProjectForecastMilestonesResolver, ProjectForecastResolver } from "./modules/project/project-forecast.resolver.js";
import { forecastRules } from "./modules/forecast/forecast.rules.js";
import { startTaskStateConsumer } from "./modules/forecast/task-state.consumer.js";
import { TaskState } from "./modules/forecast/task-state.entity.js";
import { projectReference } from "./modules/project/project.reference.js";
import { ProjectFacts } from "./modules/risk/project-facts.entity.js";
import { startRiskConsumer } from "./modules/risk/risk.consumer.js";
import { riskSweepPolicy, startRiskSweep } from "./modules/risk/risk-sweep.js";
import { RiskAssessment } from "./modules/risk/risk.entity.js";
import { riskRules } from "./modules/risk/risk.rules.js";
import { RiskAssessmentResolver } from "./modules/risk/risk.resolver.js";
import { riskAssessmentReference } from "./modules/risk/risk.reference.js";
import { startTeamUtilizationConsumer } from "./modules/risk/team-utilization.consumer.js";
import { TeamUtilization } from "./modules/risk/team-utilization.entity.js";
import { RiskSubscriptionResolver } from "./modules/risk/risk.subscription.js";
import { teamRules } from "./modules/team/team.rules.js";
import { startSkillHolderConsumer } from "./modules/skill/skill-holder.consumer.js";
import { SkillHolder } from "./modules/skill/skill-holder.entity.js";
import { skillRules } from "./modules/skill/skill.rules.js";

const INSIGHTS_ENTITIES = [
  RiskAssessment,
  ProjectFacts,
  TeamUtilization,
  TaskState,
  SkillHolder,
  AnalysisRequest,
  Insight,
  WorkspaceAiSettings,
  AiUsage,
];

/**
 * The insights subgraph: rule-based risk assessments, velocity and forecasts of portfolio's projects, and
 * analyses (executive summaries, risk assessments, progress analyses, recommendations) written by a model
 * or, without one, by deterministic rules.
 */
export const insights: SubgraphDefinition<InsightsLoaders, InsightsServices> = {
  name: "insights",
  entities: INSIGHTS_ENTITIES,
  tenantEntities: INSIGHTS_ENTITIES,
  migrations,
  resolvers: [
    RiskAssessmentResolver,
    ProjectRisksResolver,
    ProjectForecastResolver,
    ProjectForecastMilestonesResolver,
    ProjectInsightsResolver,
    RiskSubscriptionResolver,
    AnalysisRequestResolver,
    InsightResolver,
    InsightSubscriptionResolver,
    AiSettingsResolver,
    PortfolioAnalysisResolver,
    PortfolioProjectAnalysisResolver,
  ],
  referenceResolvers: {
    RiskAssessment: riskAssessmentReference,
    Project: projectReference,
    AnalysisRequest: analysisRequestReference,
    Insight: insightReference,
  } as never,
  permissions: [riskRules, projectRules, teamRules, skillRules, forecastRules, analysisRules, portfolioAnalysisRules],
  loaders: createLoaders,
  // An analysis gathers its facts from portfolio and identity as the requester (analysis-context.ts).
  references: (deps) => {
    const settings = parseInsightsSettings(deps.settings);
    return { portfolioUrl: settings.PORTFOLIO_URL, identityUrl: settings.IDENTITY_URL };
  },
  services: (deps) => ({ analysis: analysisRuntime(parseInsightsSettings(deps.settings)) }),
  // The daily sweep reads the facts of every workspace to find those to evaluate again (risk-sweep.ts).
  // The lease sweep reads every workspace's unfinished analyses to find expired leases (lease-sweep.ts).
  rowLevelSecurity: { policies: { project_facts: [riskSweepPolicy], analysis_request: [analysisLeaseSweepPolicy] } },
  // Risks follow portfolio's changes, recomputed from its progress events (risk.consumer.ts), teams'
  // utilisation as timesheets measures it (team-utilization.consumer.ts), and the calendar, recomputed
  // once a day (risk-sweep.ts); reads only read them.
  consumers: ({ bus, orm, logger, consumerName, services }) => [
    startRiskConsumer({ bus, orm, logger, consumer: consumerName }),
    startTeamUtilizationConsumer({ bus, orm, logger, consumer: consumerName }),
    // Velocity and forecasts read insights' own state of portfolio's tasks (task-state.consumer.ts).
    startTaskStateConsumer({ bus, orm, logger, consumer: consumerName }),
    // Skill concentration reads who holds which skill, from identity's events (skill-holder.consumer.ts).
    startSkillHolderConsumer({ bus, orm, logger, consumer: consumerName }),
    startRiskSweep({ orm, logger }),
    // Analyses asked for run on workers taking them from insights' own stream (analysis.worker.ts).
    ...startAnalysisWorkers({ bus, orm, logger, consumer: consumerName }, services.analysis),
  ],
};
