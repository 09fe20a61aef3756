import { Migration } from '@mikro-orm/migrations';

export class Migration20261122034410 extends Migration {

  override name = 'Migration20261122034410';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "insights";`);
    this.addSql(`create type "insights"."risk_rule" as enum ('SCHEDULE_SLIPPAGE', 'BLOCKED_TASKS');`);
    this.addSql(`create type "insights"."risk_severity" as enum ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');`);
    this.addSql(`create type "insights"."risk_status" as enum ('OPEN', 'RESOLVED');`);
    this.addSql(`create table "insights"."risk_assessment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "project_id" uuid not null, "rule" "insights"."risk_rule" not null, "severity" "insights"."risk_severity" not null, "status" "insights"."risk_status" not null default 'OPEN', "title" varchar(200) not null, "detail" text not null, "metric" double precision not null, "threshold" double precision not null, "detected_at" timestamptz not null, "last_evaluated_at" timestamptz not null, "resolved_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "risk_assessment_workspace_id_detected_at_index" on "insights"."risk_assessment" ("workspace_id", "detected_at");`);
    this.addSql(`create index "risk_assessment_workspace_id_project_id_status_index" on "insights"."risk_assessment" ("workspace_id", "project_id", "status");`);
    this.addSql(`create unique index "risk_assessment_one_open_per_rule" on "insights"."risk_assessment" ("workspace_id", "project_id", "rule") where "status" = 'OPEN';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "insights"."risk_assessment" cascade;`);

    this.addSql(`drop type "insights"."risk_rule";`);
    this.addSql(`drop type "insights"."risk_severity";`);
    this.addSql(`drop type "insights"."risk_status";`);
    this.addSql(`drop schema if exists "insights";`);
  }

}
