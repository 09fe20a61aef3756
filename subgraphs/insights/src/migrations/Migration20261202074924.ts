import { Migration } from '@mikro-orm/migrations';

export class Migration20261202074924 extends Migration {

  override name = 'Migration20261202074924';

  override up(): void | Promise<void> {
    this.addSql(`create table "insights"."project_facts" ("workspace_id" uuid not null, "project_id" uuid not null, "progress" double precision not null, "start_date" date null, "end_date" date null, "blocked_task_count" int not null, "as_of" timestamptz not null, "event_id" uuid null, primary key ("workspace_id", "project_id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "insights"."project_facts" cascade;`);
  }

}
