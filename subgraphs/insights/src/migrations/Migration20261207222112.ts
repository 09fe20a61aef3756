import { Migration } from '@mikro-orm/migrations';

export class Migration20261207222112 extends Migration {

  override name = 'Migration20261207222112';

  override up(): void | Promise<void> {
    this.addSql(`create type "insights"."analysis_scope" as enum ('PROJECT', 'PORTFOLIO');`);
    this.addSql(`create type "insights"."analysis_status" as enum ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED');`);
    this.addSql(`create type "insights"."analysis_error_code" as enum ('MODEL_UNAVAILABLE', 'MODEL_REJECTED', 'MODEL_REFUSED', 'INVALID_OUTPUT', 'BUDGET_EXHAUSTED', 'INTERNAL_ERROR');`);
    this.addSql(`create type "insights"."insight_kind" as enum ('EXECUTIVE_SUMMARY', 'RISK_ASSESSMENT', 'PROGRESS_ANALYSIS', 'RECOMMENDATIONS');`);
    this.addSql(`create type "insights"."insight_source" as enum ('MODEL', 'RULES');`);
    this.addSql(`create table "insights"."ai_usage" ("workspace_id" uuid not null, "day" date not null, "tokens_in" bigint not null default '0', "tokens_out" bigint not null default '0', "calls" int not null default 0, primary key ("workspace_id", "day"));`);

    this.addSql(`create table "insights"."analysis_request" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "scope" "insights"."analysis_scope" not null, "project_id" uuid null, "kinds" text[] not null, "status" "insights"."analysis_status" not null default 'QUEUED', "attempts" int not null default 0, "max_attempts" int not null, "error_code" "insights"."analysis_error_code" null, "last_error" text null, "next_attempt_at" timestamptz null, "requested_by_id" uuid not null, "started_at" timestamptz null, "finished_at" timestamptz null, "tokens_in" int not null default 0, "tokens_out" int not null default 0, "context" jsonb not null, "lease_token" uuid null, "lease_until" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "analysis_request_workspace_id_requested_by_id_created_at_index" on "insights"."analysis_request" ("workspace_id", "requested_by_id", "created_at");`);
    this.addSql(`create index "analysis_request_workspace_id_status_index" on "insights"."analysis_request" ("workspace_id", "status");`);

    this.addSql(`create table "insights"."insight" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "request_id" uuid not null, "kind" "insights"."insight_kind" not null, "scope" "insights"."analysis_scope" not null, "project_id" uuid null, "source" "insights"."insight_source" not null, "headline" varchar(200) not null, "summary" text not null, "highlights" jsonb not null, "risks" jsonb not null, "recommendations" jsonb not null, "citations" jsonb not null, "model" varchar(200) null, "prompt_version" varchar(100) not null, "tokens_in" int not null default 0, "tokens_out" int not null default 0, "latency_ms" int not null, "cost_estimate" double precision null, "created_by_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "insight_workspace_id_request_id_index" on "insights"."insight" ("workspace_id", "request_id");`);
    this.addSql(`create index "insight_workspace_id_project_id_kind_created_at_index" on "insights"."insight" ("workspace_id", "project_id", "kind", "created_at");`);

    this.addSql(`create table "insights"."ai_settings" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "version" int not null default 1, "daily_token_budget" int null, "model" varchar(200) null, primary key ("id"));`);
    this.addSql(`alter table "insights"."ai_settings" add constraint "ai_settings_workspace_id_unique" unique ("workspace_id");`);

    this.addSql(`alter table "insights"."analysis_request" add constraint "analysis_request_kinds_check" check ("kinds" <@ array['EXECUTIVE_SUMMARY'::text, 'RISK_ASSESSMENT'::text, 'PROGRESS_ANALYSIS'::text, 'RECOMMENDATIONS'::text]);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "insights"."ai_usage" cascade;`);
    this.addSql(`drop table if exists "insights"."analysis_request" cascade;`);
    this.addSql(`drop table if exists "insights"."insight" cascade;`);
    this.addSql(`drop table if exists "insights"."ai_settings" cascade;`);

    this.addSql(`drop type "insights"."analysis_scope";`);
    this.addSql(`drop type "insights"."analysis_status";`);
    this.addSql(`drop type "insights"."analysis_error_code";`);
    this.addSql(`drop type "insights"."insight_kind";`);
    this.addSql(`drop type "insights"."insight_source";`);
  }

}
