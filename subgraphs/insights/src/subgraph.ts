import type { SubgraphDefinition } from "@plateau/subgraph-kit";
import { createLoaders, type InsightsLoaders } from "./context.js";
import { migrations } from "./migrations/index.js";
import { projectRules } from "./modules/project/project.rules.js";
import { ProjectRisksResolver } from "./modules/project/project.resolver.js";
import { ProjectForecastResolver } from "./modules/project/project-forecast.resolver.js";
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

/** The insights subgraph: rule-based risk assessments of portfolio's projects (AI insights come later). */
export const insights: SubgraphDefinition<InsightsLoaders> = {
  name: "insights",
  entities: [RiskAssessment, ProjectFacts, TeamUtilization, TaskState],
  tenantEntities: [RiskAssessment, ProjectFacts, TeamUtilization, TaskState],
  migrations,
  resolvers: [RiskAssessmentResolver, ProjectRisksResolver, ProjectForecastResolver, RiskSubscriptionResolver],
  referenceResolvers: {
    RiskAssessment: riskAssessmentReference,
    Project: projectReference,
  } as never,
  permissions: [riskRules, projectRules, teamRules, forecastRules],
  loaders: createLoaders,
  // The daily sweep reads the facts of every workspace to find those to evaluate again (risk-sweep.ts).
  rowLevelSecurity: { policies: { project_facts: [riskSweepPolicy] } },
  // Risks follow portfolio's changes, recomputed from its progress events (risk.consumer.ts), teams'
  // utilisation as timesheets measures it (team-utilization.consumer.ts), and the calendar, recomputed
  // once a day (risk-sweep.ts); reads only read them.
  consumers: ({ bus, orm, logger, consumerName }) => [
    startRiskConsumer({ bus, orm, logger, consumer: consumerName }),
    startTeamUtilizationConsumer({ bus, orm, logger, consumer: consumerName }),
    // Velocity and forecasts read insights' own state of portfolio's tasks (task-state.consumer.ts).
    startTaskStateConsumer({ bus, orm, logger, consumer: consumerName }),
    startRiskSweep({ orm, logger }),
  ],
};
