import { Entity, Enum, Index, Property } from "@mikro-orm/decorators/legacy";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { TenantEntity } from "@plateau/subgraph-kit";
import type { AnalysisContext } from "./analysis-context.js";
import { AnalysisErrorCode, AnalysisScope, AnalysisStatus, InsightKind } from "./analysis.enums.js";

/**
 * An analysis somebody asked for (analysis.service.ts) and its way through the workers (analysis.worker.ts):
 * QUEUED → RUNNING → SUCCEEDED | FAILED, or CANCELLED. The facts it analyses were gathered as the requester
 * when it was asked for (`context`), so every attempt analyses the same facts and no token is kept.
 * Workers change it with conditional updates guarded by `leaseToken` (whoever holds the lease), not `version`.
 */
@Directive(`@key(fields: "id")`)
@ObjectType({ description: "A request for AI (or rules) analysis of a project or the portfolio, and how it went." })
@Entity({ tableName: "analysis_request" })
@Index({ properties: ["workspaceId", "status"] })
@Index({ properties: ["workspaceId", "requestedById", "createdAt"] })
export class AnalysisRequest extends TenantEntity {
  @Field(() => AnalysisScope, { description: "A project, or the whole portfolio." })
  @Enum({ items: () => AnalysisScope, nativeEnumName: "analysis_scope" })
  scope!: AnalysisScope;

  @Field(() => ID, { nullable: true, description: "The project analysed (also `project`); null for the portfolio." })
  @Property({ type: "uuid", nullable: true })
  projectId: string | null = null;

  @Field(() => [InsightKind], { description: "The insights asked for, one per kind, in this order." })
  @Enum({ items: () => InsightKind, array: true })
  kinds!: InsightKind[];

  @Field(() => AnalysisStatus, { description: "Where the request is." })
  @Enum({ items: () => AnalysisStatus, nativeEnumName: "analysis_status" })
  status: AnalysisStatus = AnalysisStatus.QUEUED;

  @Field(() => Int, { description: "Attempts started so far (a retry after a transient failure is another attempt)." })
  @Property({ type: "integer" })
  attempts: number = 0;

  @Field(() => Int, { description: "Attempts allowed before a transient failure becomes FAILED (the dead-letter state)." })
  @Property({ type: "integer" })
  maxAttempts!: number;

  @Field(() => AnalysisErrorCode, { nullable: true, description: "Why it FAILED; null otherwise." })
  @Enum({ items: () => AnalysisErrorCode, nativeEnumName: "analysis_error_code", nullable: true })
  errorCode: AnalysisErrorCode | null = null;

  @Field(() => String, {
    nullable: true,
    description: "The last error met, retried or not (a QUEUED request waiting for its next attempt has one too); null when none.",
  })
  @Property({ type: "text", nullable: true })
  lastError: string | null = null;

  @Field(() => Date, { nullable: true, description: "When the next attempt starts, while it waits after a transient failure." })
  @Property({ type: "datetime", nullable: true })
  nextAttemptAt: Date | null = null;

  /** identity's User who asked; exposed as `requestedBy`. */
  @Property({ type: "uuid" })
  requestedById!: string;

  @Field(() => Date, { nullable: true, description: "When a worker first took it." })
  @Property({ type: "datetime", nullable: true })
  startedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: "When it reached SUCCEEDED, FAILED or CANCELLED." })
  @Property({ type: "datetime", nullable: true })
  finishedAt: Date | null = null;

  @Field(() => Int, { description: "Model tokens read over every attempt (0 for the rules)." })
  @Property({ type: "integer" })
  tokensIn: number = 0;

  @Field(() => Int, { description: "Model tokens written over every attempt (0 for the rules)." })
  @Property({ type: "integer" })
  tokensOut: number = 0;

  /** The facts gathered as the requester when it was asked for: what every attempt analyses. */
  @Property({ type: "json" })
  context!: AnalysisContext;

  /** Which worker attempt holds it while RUNNING: its writes are refused once another took over. */
  @Property({ type: "uuid", nullable: true })
  leaseToken: string | null = null;

  /** Until when that worker's hold lasts: after it, a redelivery of the request may take it over. */
  @Property({ type: "datetime", nullable: true })
  leaseUntil: Date | null = null;
}
