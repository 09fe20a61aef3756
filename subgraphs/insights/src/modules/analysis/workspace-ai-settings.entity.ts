import { Entity, Property, Unique } from "@mikro-orm/decorators/legacy";
import { VersionedTenantEntity } from "@plateau/subgraph-kit";

/**
 * A workspace's own AI settings (ADMIN and above): its daily token budget and the model it uses, over the
 * deployment's defaults (AI_DAILY_TOKEN_BUDGET, OPENAI_MODEL). A workspace without a row has the defaults.
 */
@Entity({ tableName: "ai_settings" })
@Unique({ properties: ["workspaceId"] })
export class WorkspaceAiSettings extends VersionedTenantEntity {
  /** Model tokens (in + out) the workspace may use per UTC day; null: the deployment's default. */
  @Property({ type: "integer", nullable: true })
  dailyTokenBudget: number | null = null;

  /** The model to ask; null: the deployment's OPENAI_MODEL. */
  @Property({ type: "string", length: 200, nullable: true })
  model: string | null = null;
}
