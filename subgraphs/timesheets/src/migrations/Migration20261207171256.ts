import { Migration } from '@mikro-orm/migrations';

export class Migration20261207171256 extends Migration {

  override name = 'Migration20261207171256';

  override up(): void | Promise<void> {
    this.addSql(`create table "timesheets"."running_timer" ("workspace_id" uuid not null, "user_id" uuid not null, "task_id" uuid not null, "project_id" uuid not null, "started_at" timestamptz not null, "note" text null, "billable" boolean not null default true, primary key ("workspace_id", "user_id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "timesheets"."running_timer" cascade;`);
  }

}
