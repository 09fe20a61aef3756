import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Connection, PageArgs, nullIfNotFound } from "@plateau/subgraph-kit";
import type { InsightsContext } from "../../context.js";
import { Project, projectRef } from "../project/project.stub.js";
import { RiskAssessment } from "./risk.entity.js";
import { RiskEvidence, riskEvidenceView } from "./risk-evidence.types.js";
import { evidenceOf } from "./risk.detectors.js";
import { RiskAssessmentFilter, RiskAssessmentOrder } from "./risk.inputs.js";
import { riskService } from "./risk.service.js";

export const RiskAssessmentConnection = Connection(RiskAssessment);

@Resolver(() => RiskAssessment)
export class RiskAssessmentResolver {
  @Query(() => RiskAssessment, {
    nullable: true,
    description: "A risk assessment of the current workspace; null when there is none with this id.",
  })
  async riskAssessment(
    @Arg("id", () => ID, { description: "The assessment's id; null when it is not one of the workspace's." }) id: string,
    @Ctx() ctx: InsightsContext,
  ): Promise<RiskAssessment | null> {
    return nullIfNotFound(riskService.get(ctx, id));
  }

  @Query(() => RiskAssessmentConnection, {
    description: "The current workspace's risk assessments, most recently detected first unless ordered.",
  })
  riskAssessments(
    @Arg("filter", () => RiskAssessmentFilter, { nullable: true, description: "Only assessments that match; omit for all." })
    filter: RiskAssessmentFilter | undefined,
    @Arg("orderBy", () => RiskAssessmentOrder, { nullable: true, description: "The order (default: most recently detected first)." })
    orderBy: RiskAssessmentOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: InsightsContext,
  ) {
    return riskService.list(ctx, filter, orderBy, page);
  }

  @FieldResolver(() => Project, { description: "The assessed project (resolved by portfolio)." })
  project(@Root() assessment: RiskAssessment): Project {
    return projectRef(assessment.projectId);
  }

  @FieldResolver(() => RiskEvidence, {
    nullable: true,
    description:
      "The figures the risk rests on beyond `metric`, as of the last evaluation, typed by rule: TeamOverloadEvidence, DecliningVelocityEvidence, KnowledgeConcentrationEvidence; null for SCHEDULE_SLIPPAGE and BLOCKED_TASKS.",
  })
  evidence(@Root() assessment: RiskAssessment): typeof RiskEvidence | null {
    const facts = evidenceOf(assessment.evidence);
    return facts ? riskEvidenceView(facts) : null;
  }
}
