import { Migration } from '@mikro-orm/migrations';

export class Migration20261202074948 extends Migration {

  override name = 'Migration20261202074948';

  override up(): void | Promise<void> {
    this.addSql(`create table "portfolio"."project_progress" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "project_id" uuid not null, "progress" double precision null, "blocked_task_count" int not null default 0, "start_date" date null, "end_date" date null, primary key ("id"));`);
    this.addSql(`alter table "portfolio"."project_progress" add constraint "project_progress_workspace_id_project_id_unique" unique ("workspace_id", "project_id");`);

    this.addSql(`alter table "portfolio"."project_progress" add constraint "project_progress_project_id_foreign" foreign key ("project_id") references "portfolio"."project" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "portfolio"."project_progress" cascade;`);
  }

}
