import { Migration } from '@mikro-orm/migrations';

export class Migration20261122034100 extends Migration {

  override name = 'Migration20261122034100';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "workpackages";`);
    this.addSql(`create type "workpackages"."architecture_element_type" as enum ('GOAL', 'OUTCOME', 'GAP', 'PLATEAU', 'CAPABILITY', 'REQUIREMENT', 'DELIVERABLE');`);
    this.addSql(`create type "workpackages"."work_package_kind" as enum ('PROJECT', 'INITIATIVE', 'PHASE', 'EPIC', 'TASK');`);
    this.addSql(`create type "workpackages"."work_package_status" as enum ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'BLOCKED', 'CANCELLED');`);
    this.addSql(`create type "workpackages"."risk_level" as enum ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');`);
    this.addSql(`create type "workpackages"."package_relation" as enum ('REALIZES', 'CLOSES', 'DELIVERS', 'ENABLES', 'INFLUENCES', 'SERVES', 'ASSOCIATED_WITH');`);
    this.addSql(`create table "workpackages"."architecture_element" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "version" int not null default 1, "type" "workpackages"."architecture_element_type" not null, "name" varchar(200) not null, "description" text null, primary key ("id"));`);
    this.addSql(`alter table "workpackages"."architecture_element" add constraint "architecture_element_workspace_id_type_name_unique" unique ("workspace_id", "type", "name");`);

    this.addSql(`create table "workpackages"."work_package" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "version" int not null default 1, "name" varchar(200) not null, "description" text null, "kind" "workpackages"."work_package_kind" not null default 'PROJECT', "status" "workpackages"."work_package_status" not null default 'PLANNED', "risk_level" "workpackages"."risk_level" not null default 'LOW', "progress" smallint not null default 0, "project_id" uuid null, "parent_id" uuid null, "start_date" date null, "end_date" date null, primary key ("id"));`);
    this.addSql(`create index "work_package_workspace_id_status_index" on "workpackages"."work_package" ("workspace_id", "status");`);
    this.addSql(`create index "work_package_workspace_id_parent_id_index" on "workpackages"."work_package" ("workspace_id", "parent_id");`);
    this.addSql(`create index "work_package_workspace_id_project_id_index" on "workpackages"."work_package" ("workspace_id", "project_id");`);

    this.addSql(`create table "workpackages"."package_link" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "work_package_id" uuid not null, "element_id" uuid not null, "relation" "workpackages"."package_relation" not null, primary key ("id"));`);
    this.addSql(`create index "package_link_workspace_id_element_id_index" on "workpackages"."package_link" ("workspace_id", "element_id");`);
    this.addSql(`alter table "workpackages"."package_link" add constraint "package_link_workspace_id_work_package_id_element_cb399_unique" unique ("workspace_id", "work_package_id", "element_id", "relation");`);

    this.addSql(`alter table "workpackages"."work_package" add constraint "work_package_parent_id_foreign" foreign key ("parent_id") references "workpackages"."work_package" ("id") on delete set null;`);

    this.addSql(`alter table "workpackages"."package_link" add constraint "package_link_work_package_id_foreign" foreign key ("work_package_id") references "workpackages"."work_package" ("id") on delete cascade;`);
    this.addSql(`alter table "workpackages"."package_link" add constraint "package_link_element_id_foreign" foreign key ("element_id") references "workpackages"."architecture_element" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "workpackages"."package_link" drop constraint "package_link_element_id_foreign";`);
    this.addSql(`alter table "workpackages"."work_package" drop constraint "work_package_parent_id_foreign";`);
    this.addSql(`alter table "workpackages"."package_link" drop constraint "package_link_work_package_id_foreign";`);

    this.addSql(`drop table if exists "workpackages"."architecture_element" cascade;`);
    this.addSql(`drop table if exists "workpackages"."work_package" cascade;`);
    this.addSql(`drop table if exists "workpackages"."package_link" cascade;`);

    this.addSql(`drop type "workpackages"."architecture_element_type";`);
    this.addSql(`drop type "workpackages"."work_package_kind";`);
    this.addSql(`drop type "workpackages"."work_package_status";`);
    this.addSql(`drop type "workpackages"."risk_level";`);
    this.addSql(`drop type "workpackages"."package_relation";`);
    this.addSql(`drop schema if exists "workpackages";`);
  }

}
