import { Migration } from '@mikro-orm/migrations';

export class Migration20261207172610 extends Migration {

  override name = 'Migration20261207172610';

  override up(): void | Promise<void> {
    this.addSql(`create table "timesheets"."time_category" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "version" int not null default 1, "name" varchar(120) not null, "billable" boolean not null default false, "archived" boolean not null default false, primary key ("id"));`);
    this.addSql(`alter table "timesheets"."time_category" add constraint "time_category_workspace_id_name_unique" unique ("workspace_id", "name");`);

    this.addSql(`alter table "timesheets"."time_entry" add "category_id" uuid null;`);
    this.addSql(`alter table "timesheets"."time_entry" alter column "task_id" drop not null;`);
    this.addSql(`alter table "timesheets"."time_entry" alter column "project_id" drop not null;`);
    this.addSql(`create index "time_entry_workspace_id_category_id_index" on "timesheets"."time_entry" ("workspace_id", "category_id");`);
    this.addSql(`alter table "timesheets"."time_entry" add constraint "time_entry_task_or_category" check ((task_id is not null and project_id is not null and category_id is null) or (task_id is null and project_id is null and category_id is not null));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "timesheets"."time_category" cascade;`);

    this.addSql(`drop index "timesheets"."time_entry_workspace_id_category_id_index";`);
    this.addSql(`alter table "timesheets"."time_entry" drop constraint "time_entry_task_or_category";`);
    this.addSql(`alter table "timesheets"."time_entry" drop column "category_id";`);
    this.addSql(`alter table "timesheets"."time_entry" alter column "task_id" set not null;`);
    this.addSql(`alter table "timesheets"."time_entry" alter column "project_id" set not null;`);
  }

}
