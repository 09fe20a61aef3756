import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { InsightsContext } from "../../context.js";
import { RiskAssessment } from "../risk/risk.entity.js";
import { riskService } from "../risk/risk.service.js";
import { Project } from "./project.stub.js";

/** The fields insights adds to portfolio's Project. */
@Resolver(() => Project)
export class ProjectRisksResolver {
  @FieldResolver(() => [RiskAssessment], {
    description:
      "Risks the rules found on this project, re-evaluated whenever its progress, blocked tasks or dates change: OPEN ones in rule order, then (with includeResolved) RESOLVED ones, latest first.",
  })
  risks(
    @Root() project: Project,
    @Arg("includeResolved", () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: "Also list RESOLVED assessments, after the OPEN ones (default false: OPEN only).",
    })
    includeResolved: boolean | null,
    @Ctx() ctx: InsightsContext,
  ): Promise<RiskAssessment[]> {
    return riskService.projectRisks(ctx, project, includeResolved === true);
  }
}
