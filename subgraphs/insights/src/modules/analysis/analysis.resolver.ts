import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { InsightsContext } from "../../context.js";
import { Project, projectRef } from "../project/project.stub.js";
import { User, userRef } from "../user/user.stub.js";
import { AnalysisRequest } from "./analysis-request.entity.js";
import { CancelAnalysisRequestInput, RequestAnalysisInput } from "./analysis.inputs.js";
import { analysisService } from "./analysis.service.js";
import { Insight } from "./insight.entity.js";

@ObjectType({ description: "The analysis request after the change." })
export class AnalysisRequestPayload {
  @Field(() => AnalysisRequest, { description: "The request." }) analysisRequest!: AnalysisRequest;
}

@Resolver(() => AnalysisRequest)
export class AnalysisRequestResolver {
  @Query(() => AnalysisRequest, {
    nullable: true,
    description:
      "An analysis request of the current workspace, to follow until it is SUCCEEDED, FAILED or CANCELLED; null when there is none with this id.",
  })
  analysisRequest(
    @Arg("id", () => ID, { description: "The request's id (from requestAnalysis)." }) id: string,
    @Ctx() ctx: InsightsContext,
  ): Promise<AnalysisRequest | null> {
    return analysisService.get(ctx, id);
  }

  @Mutation(() => AnalysisRequestPayload, {
    description:
      "Asks for insights about a project or the portfolio. Returns at once with the request QUEUED; workers write the insights (a model when one is configured, the rules otherwise) and publish each over `insightGenerated`. MEMBER and above, for projects they can read; AI_BUDGET_EXHAUSTED when the workspace's model tokens for the day are spent.",
  })
  async requestAnalysis(
    @Arg("input", () => RequestAnalysisInput, { description: "What to analyse and which insights to write." }) input: RequestAnalysisInput,
    @Ctx() ctx: InsightsContext,
  ): Promise<AnalysisRequestPayload> {
    return { analysisRequest: await analysisService.request(ctx, input) };
  }

  @Mutation(() => AnalysisRequestPayload, {
    description:
      "Cancels a QUEUED or RUNNING analysis: nothing of it is stored. Its requester, or ADMIN and above; CONFLICT when it already finished.",
  })
  async cancelAnalysisRequest(
    @Arg("input", () => CancelAnalysisRequestInput, { description: "The request to cancel." }) input: CancelAnalysisRequestInput,
    @Ctx() ctx: InsightsContext,
  ): Promise<AnalysisRequestPayload> {
    return { analysisRequest: await analysisService.cancel(ctx, input.id) };
  }

  @FieldResolver(() => Project, { nullable: true, description: "The project analysed (resolved by portfolio); null for the portfolio." })
  project(@Root() request: AnalysisRequest): Project | null {
    return request.projectId ? projectRef(request.projectId) : null;
  }

  @FieldResolver(() => User, { description: "Who asked for it (resolved by identity)." })
  requestedBy(@Root() request: AnalysisRequest): User {
    return userRef(request.requestedById);
  }

  @FieldResolver(() => [Insight], { description: "The insights it wrote, in the order of `kinds`; empty until it SUCCEEDED." })
  insights(@Root() request: AnalysisRequest, @Ctx() ctx: InsightsContext): Promise<Insight[]> {
    return ctx.loaders.insightsOfRequest.load(request.id);
  }
}
