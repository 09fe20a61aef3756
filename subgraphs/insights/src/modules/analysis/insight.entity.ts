import { Entity, Enum, Index, Property } from "@mikro-orm/decorators/legacy";
import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";
import { TenantEntity } from "@plateau/subgraph-kit";
import { AnalysisScope, type CitationKind, InsightKind, InsightSource } from "./analysis.enums.js";
import type { InsightRecommendationContent, InsightRiskContent } from "./insight-content.js";

/** A fact an insight relies on, as stored. */
export interface StoredCitation {
  kind: CitationKind;
  id: string;
}

/**
 * One insight an analysis wrote: what it says (content), what it rests on (citations), and how it was
 * made (source, model, prompt version, tokens, latency, cost). Written once by a worker, never edited.
 */
@Directive(`@key(fields: "id")`)
@ObjectType({ description: "An executive summary, risk assessment, progress analysis or set of recommendations an analysis wrote." })
@Entity({ tableName: "insight" })
@Index({ properties: ["workspaceId", "projectId", "kind", "createdAt"] })
@Index({ properties: ["workspaceId", "requestId"] })
export class Insight extends TenantEntity {
  /** The AnalysisRequest that wrote it; exposed as `request`. */
  @Property({ type: "uuid" })
  requestId!: string;

  @Field(() => InsightKind, { description: "What the insight is." })
  @Enum({ items: () => InsightKind, nativeEnumName: "insight_kind" })
  kind!: InsightKind;

  @Field(() => AnalysisScope, { description: "A project's insight, or the portfolio's." })
  @Enum({ items: () => AnalysisScope, nativeEnumName: "analysis_scope" })
  scope!: AnalysisScope;

  @Field(() => ID, { nullable: true, description: "The project it is about (also `project`); null for the portfolio." })
  @Property({ type: "uuid", nullable: true })
  projectId: string | null = null;

  @Field(() => InsightSource, { description: "MODEL when a language model wrote it, RULES when Plateau's deterministic generator did." })
  @Enum({ items: () => InsightSource, nativeEnumName: "insight_source" })
  source!: InsightSource;

  @Field(() => String, { description: "One line: where things stand." })
  @Property({ type: "string", length: 200 })
  headline!: string;

  @Field(() => String, { description: "The analysis itself, a few short paragraphs of plain text (never markup to render)." })
  @Property({ type: "text" })
  summary!: string;

  @Field(() => [String], { description: "The facts that matter most (EXECUTIVE_SUMMARY, PROGRESS_ANALYSIS); empty for the other kinds." })
  @Property({ type: "json" })
  highlights: string[] = [];

  /** RISK_ASSESSMENT's risks; exposed as `risks`. */
  @Property({ type: "json" })
  risks: InsightRiskContent[] = [];

  /** RECOMMENDATIONS' actions; exposed as `recommendations`. */
  @Property({ type: "json" })
  recommendations: InsightRecommendationContent[] = [];

  /** The facts it relies on; exposed as `citations`. */
  @Property({ type: "json" })
  citations: StoredCitation[] = [];

  @Field(() => String, { nullable: true, description: "The model that wrote it, as the endpoint named it; null for RULES." })
  @Property({ type: "string", length: 200, nullable: true })
  model: string | null = null;

  @Field(() => String, {
    description: 'The prompt template and its version, e.g. "executive-summary@1" (RULES: the generator\'s, "rules@1").',
  })
  @Property({ type: "string", length: 100 })
  promptVersion!: string;

  @Field(() => Int, { description: "Model tokens read for it (0 for RULES)." })
  @Property({ type: "integer" })
  tokensIn: number = 0;

  @Field(() => Int, { description: "Model tokens written for it (0 for RULES)." })
  @Property({ type: "integer" })
  tokensOut: number = 0;

  @Field(() => Int, { description: "How long writing it took, in milliseconds (the model's answer, or the rules)." })
  @Property({ type: "integer" })
  latencyMs!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "What the tokens cost in US dollars at the configured prices (OPENAI_PRICE_*); null when no price is configured, 0 for RULES.",
  })
  @Property({ type: "double", nullable: true })
  costEstimate: number | null = null;

  /** identity's User who asked for the analysis; exposed as `createdBy`. */
  @Property({ type: "uuid" })
  createdById!: string;
}
