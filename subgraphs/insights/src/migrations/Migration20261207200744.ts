import { Migration } from '@mikro-orm/migrations';

export class Migration20261207200744 extends Migration {

  override name = 'Migration20261207200744';

  override up(): void | Promise<void> {
    // Velocity and forecasts: insights' state of portfolio's tasks, rebuilt by its consumer group from the
    // start of portfolio's stream (as far back as the stream still holds).
    this.addSql(`create table "insights"."task_state" ("workspace_id" uuid not null, "task_id" uuid not null, "project_id" uuid not null, "status" varchar(20) null, "estimate_hours" double precision null, "completed_on" date null, "deleted" boolean not null default false, "last_event_id" uuid not null, primary key ("workspace_id", "task_id"));`);
    this.addSql(`create index "task_state_workspace_id_project_id_index" on "insights"."task_state" ("workspace_id", "project_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "insights"."task_state" cascade;`);
  }

}
