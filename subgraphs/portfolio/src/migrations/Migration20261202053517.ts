import { Migration } from '@mikro-orm/migrations';

export class Migration20261202053517 extends Migration {

  override name = 'Migration20261202053517';

  override up(): void | Promise<void> {
    // Task dependencies (timeline), tasks linked to milestones, and baseline dates for drift.
    this.addSql(`create type "portfolio"."dependency_type" as enum ('FINISH_TO_START', 'START_TO_START', 'FINISH_TO_FINISH', 'START_TO_FINISH');`);
    this.addSql(`create table "portfolio"."milestone_task" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "milestone_id" uuid not null, "task_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "milestone_task_workspace_id_task_id_index" on "portfolio"."milestone_task" ("workspace_id", "task_id");`);
    this.addSql(`alter table "portfolio"."milestone_task" add constraint "milestone_task_workspace_id_milestone_id_task_id_unique" unique ("workspace_id", "milestone_id", "task_id");`);

    this.addSql(`create table "portfolio"."task_dependency" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "project_id" uuid not null, "predecessor_id" uuid not null, "successor_id" uuid not null, "type" "portfolio"."dependency_type" not null default 'FINISH_TO_START', "lag_days" int not null default 0, primary key ("id"));`);
    this.addSql(`create index "task_dependency_workspace_id_successor_id_index" on "portfolio"."task_dependency" ("workspace_id", "successor_id");`);
    this.addSql(`create index "task_dependency_workspace_id_project_id_index" on "portfolio"."task_dependency" ("workspace_id", "project_id");`);
    this.addSql(`alter table "portfolio"."task_dependency" add constraint "task_dependency_workspace_id_predecessor_id_successor_id_unique" unique ("workspace_id", "predecessor_id", "successor_id");`);

    this.addSql(`alter table "portfolio"."milestone" add "baseline_due_date" date null;`);

    this.addSql(`alter table "portfolio"."task" add "baseline_start_date" date null, add "baseline_due_date" date null;`);

    this.addSql(`alter table "portfolio"."milestone_task" add constraint "milestone_task_milestone_id_foreign" foreign key ("milestone_id") references "portfolio"."milestone" ("id") on delete cascade;`);
    this.addSql(`alter table "portfolio"."milestone_task" add constraint "milestone_task_task_id_foreign" foreign key ("task_id") references "portfolio"."task" ("id") on delete cascade;`);

    this.addSql(`alter table "portfolio"."task_dependency" add constraint "task_dependency_project_id_foreign" foreign key ("project_id") references "portfolio"."project" ("id") on delete cascade;`);
    this.addSql(`alter table "portfolio"."task_dependency" add constraint "task_dependency_predecessor_id_foreign" foreign key ("predecessor_id") references "portfolio"."task" ("id") on delete cascade;`);
    this.addSql(`alter table "portfolio"."task_dependency" add constraint "task_dependency_successor_id_foreign" foreign key ("successor_id") references "portfolio"."task" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "portfolio"."milestone_task" cascade;`);
    this.addSql(`drop table if exists "portfolio"."task_dependency" cascade;`);

    this.addSql(`alter table "portfolio"."milestone" drop column "baseline_due_date";`);

    this.addSql(`alter table "portfolio"."task" drop column "baseline_start_date", drop column "baseline_due_date";`);

    this.addSql(`drop type "portfolio"."dependency_type";`);
  }

}
