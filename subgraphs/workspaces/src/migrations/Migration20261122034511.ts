import { Migration } from '@mikro-orm/migrations';

export class Migration20261122034511 extends Migration {

  override name = 'Migration20261122034511';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "workspaces";`);
    this.addSql(`create type "workspaces"."workspace_role" as enum ('OWNER', 'ADMIN', 'MANAGER', 'MEMBER', 'VIEWER');`);
    this.addSql(`create table "workspaces"."membership" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "version" int not null default 1, "user_id" uuid not null, "role" "workspaces"."workspace_role" not null, primary key ("id"));`);
    this.addSql(`create index "membership_user_id_created_at_index" on "workspaces"."membership" ("user_id", "created_at");`);
    this.addSql(`alter table "workspaces"."membership" add constraint "membership_workspace_id_user_id_unique" unique ("workspace_id", "user_id");`);

    this.addSql(`create table "workspaces"."workspace" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(120) not null, "slug" varchar(48) not null, "version" int not null default 1, "deleted_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "workspaces"."workspace" add constraint "workspace_slug_unique" unique ("slug");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "workspaces"."membership" cascade;`);
    this.addSql(`drop table if exists "workspaces"."workspace" cascade;`);

    this.addSql(`drop type "workspaces"."workspace_role";`);
    this.addSql(`drop schema if exists "workspaces";`);
  }

}
