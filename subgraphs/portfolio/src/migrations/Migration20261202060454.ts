import { Migration } from '@mikro-orm/migrations';

export class Migration20261202060454 extends Migration {

  override name = 'Migration20261202060454';

  override up(): void | Promise<void> {
    this.addSql(`create type "portfolio"."activity_action" as enum ('CREATED', 'UPDATED', 'DELETED');`);
    this.addSql(`create table "portfolio"."activity_entry" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "actor_id" uuid null, "entity_type" varchar(64) not null, "entity_id" uuid not null, "action" "portfolio"."activity_action" not null, "project_id" uuid null, "task_id" uuid null, "field" varchar(64) null, "before" jsonb null, "after" jsonb null, "occurred_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "activity_entry_workspace_id_project_id_occurred_at_id_index" on "portfolio"."activity_entry" ("workspace_id", "project_id", "occurred_at", "id");`);
    this.addSql(`create index "activity_entry_workspace_id_task_id_occurred_at_id_index" on "portfolio"."activity_entry" ("workspace_id", "task_id", "occurred_at", "id");`);

    this.addSql(`create table "portfolio"."comment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "version" int not null default 1, "task_id" uuid not null, "project_id" uuid not null, "author_id" uuid not null, "body" text not null, "mention_ids" jsonb not null, "edited_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "comment_workspace_id_task_id_created_at_id_index" on "portfolio"."comment" ("workspace_id", "task_id", "created_at", "id");`);

    this.addSql(`alter table "portfolio"."comment" add constraint "comment_task_id_foreign" foreign key ("task_id") references "portfolio"."task" ("id") on delete cascade;`);
    this.addSql(`alter table "portfolio"."comment" add constraint "comment_project_id_foreign" foreign key ("project_id") references "portfolio"."project" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "portfolio"."activity_entry" cascade;`);
    this.addSql(`drop table if exists "portfolio"."comment" cascade;`);

    this.addSql(`drop type "portfolio"."activity_action";`);
  }

}
