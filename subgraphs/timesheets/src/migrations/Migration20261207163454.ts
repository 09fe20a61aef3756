import { Migration } from '@mikro-orm/migrations';

export class Migration20261207163454 extends Migration {

  override name = 'Migration20261207163454';

  override up(): void | Promise<void> {
    this.addSql(`create table "timesheets"."task_record" ("workspace_id" uuid not null, "task_id" uuid not null, "project_id" uuid not null, "status" text null, "assignee_id" uuid null, "due_date" date null, "estimate_hours" double precision null, "completed_on" date null, "last_event_id" uuid not null, primary key ("workspace_id", "task_id"));`);
    this.addSql(`create index "task_record_workspace_id_completed_on_index" on "timesheets"."task_record" ("workspace_id", "completed_on");`);
    this.addSql(`create index "task_record_workspace_id_project_id_index" on "timesheets"."task_record" ("workspace_id", "project_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "timesheets"."task_record" cascade;`);
  }

}
