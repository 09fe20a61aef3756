import { Migration } from '@mikro-orm/migrations';

export class Migration20261122033346 extends Migration {

  override name = 'Migration20261122033346';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "portfolio";`);
    this.addSql(`create type "portfolio"."project_status" as enum ('PLANNED', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED');`);
    this.addSql(`create type "portfolio"."project_health" as enum ('ON_TRACK', 'AT_RISK', 'OFF_TRACK');`);
    this.addSql(`create type "portfolio"."milestone_status" as enum ('UPCOMING', 'ACHIEVED', 'MISSED');`);
    this.addSql(`create type "portfolio"."task_status" as enum ('TODO', 'IN_PROGRESS', 'BLOCKED', 'IN_REVIEW', 'DONE');`);
    this.addSql(`create type "portfolio"."task_priority" as enum ('LOW', 'MEDIUM', 'HIGH', 'URGENT');`);
    this.addSql(`create table "portfolio"."project" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "version" int not null default 1, "name" varchar(200) not null, "key" varchar(12) not null, "description" text null, "category" varchar(80) null, "status" "portfolio"."project_status" not null default 'PLANNED', "health" "portfolio"."project_health" not null default 'ON_TRACK', "start_date" date null, "end_date" date null, "owner_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "project_workspace_id_status_index" on "portfolio"."project" ("workspace_id", "status");`);
    this.addSql(`alter table "portfolio"."project" add constraint "project_workspace_id_key_unique" unique ("workspace_id", "key");`);

    this.addSql(`create table "portfolio"."milestone" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "version" int not null default 1, "project_id" uuid not null, "name" varchar(200) not null, "description" text null, "due_date" date not null, "status" "portfolio"."milestone_status" not null default 'UPCOMING', "achieved_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "milestone_workspace_id_project_id_due_date_index" on "portfolio"."milestone" ("workspace_id", "project_id", "due_date");`);

    this.addSql(`create table "portfolio"."task" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "version" int not null default 1, "project_id" uuid not null, "parent_id" uuid null, "title" varchar(300) not null, "description" text null, "status" "portfolio"."task_status" not null default 'TODO', "priority" "portfolio"."task_priority" not null default 'MEDIUM', "assignee_id" uuid null, "estimate_hours" double precision null, "start_date" date null, "due_date" date null, "completion" smallint not null default 0, primary key ("id"));`);
    this.addSql(`create index "task_workspace_id_parent_id_index" on "portfolio"."task" ("workspace_id", "parent_id");`);
    this.addSql(`create index "task_workspace_id_assignee_id_index" on "portfolio"."task" ("workspace_id", "assignee_id");`);
    this.addSql(`create index "task_workspace_id_project_id_status_index" on "portfolio"."task" ("workspace_id", "project_id", "status");`);

    this.addSql(`alter table "portfolio"."milestone" add constraint "milestone_project_id_foreign" foreign key ("project_id") references "portfolio"."project" ("id") on delete cascade;`);

    this.addSql(`alter table "portfolio"."task" add constraint "task_project_id_foreign" foreign key ("project_id") references "portfolio"."project" ("id") on delete cascade;`);
    this.addSql(`alter table "portfolio"."task" add constraint "task_parent_id_foreign" foreign key ("parent_id") references "portfolio"."task" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "portfolio"."milestone" drop constraint "milestone_project_id_foreign";`);
    this.addSql(`alter table "portfolio"."task" drop constraint "task_project_id_foreign";`);
    this.addSql(`alter table "portfolio"."task" drop constraint "task_parent_id_foreign";`);

    this.addSql(`drop table if exists "portfolio"."project" cascade;`);
    this.addSql(`drop table if exists "portfolio"."milestone" cascade;`);
    this.addSql(`drop table if exists "portfolio"."task" cascade;`);

    this.addSql(`drop type "portfolio"."project_status";`);
    this.addSql(`drop type "portfolio"."project_health";`);
    this.addSql(`drop type "portfolio"."milestone_status";`);
    this.addSql(`drop type "portfolio"."task_status";`);
    this.addSql(`drop type "portfolio"."task_priority";`);
    this.addSql(`drop schema if exists "portfolio";`);
  }

}
