import { Migration } from '@mikro-orm/migrations';

export class Migration20261122034145 extends Migration {

  override name = 'Migration20261122034145';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "timesheets";`);
    this.addSql(`create table "timesheets"."time_entry" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "version" int not null default 1, "user_id" uuid not null, "task_id" uuid not null, "project_id" uuid not null, "date" date not null, "hours" numeric(4,2) not null, "note" text null, "billable" boolean not null default true, primary key ("id"));`);
    this.addSql(`create index "time_entry_workspace_id_user_id_date_index" on "timesheets"."time_entry" ("workspace_id", "user_id", "date");`);
    this.addSql(`create index "time_entry_workspace_id_project_id_index" on "timesheets"."time_entry" ("workspace_id", "project_id");`);
    this.addSql(`create index "time_entry_workspace_id_task_id_index" on "timesheets"."time_entry" ("workspace_id", "task_id");`);

    this.addSql(`alter table "timesheets"."time_entry" add constraint "time_entry_hours_range" check (hours > 0 and hours <= 24);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "timesheets"."time_entry" cascade;`);

    this.addSql(`drop schema if exists "timesheets";`);
  }

}
