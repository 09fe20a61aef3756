import { Migration } from '@mikro-orm/migrations';

export class Migration20261122034638 extends Migration {

  override name = 'Migration20261122034638';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "identity";`);
    this.addSql(`create table "identity"."team" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "version" int not null default 1, "name" varchar(120) not null, "description" text null, primary key ("id"));`);
    this.addSql(`alter table "identity"."team" add constraint "team_workspace_id_name_unique" unique ("workspace_id", "name");`);

    this.addSql(`create table "identity"."user" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "email" varchar(254) not null, "name" varchar(200) not null, "password_hash" varchar(255) not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "identity"."user" add constraint "user_email_unique" unique ("email");`);

    this.addSql(`create table "identity"."team_member" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "team_id" uuid not null, "user_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "team_member_workspace_id_user_id_index" on "identity"."team_member" ("workspace_id", "user_id");`);
    this.addSql(`alter table "identity"."team_member" add constraint "team_member_workspace_id_team_id_user_id_unique" unique ("workspace_id", "team_id", "user_id");`);

    this.addSql(`create table "identity"."session" ("id" uuid not null, "user_id" uuid not null, "user_agent" varchar(512) null, "ip" varchar(64) null, "created_at" timestamptz not null default now(), "last_seen_at" timestamptz not null default now(), "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "session_user_id_created_at_index" on "identity"."session" ("user_id", "created_at");`);

    this.addSql(`alter table "identity"."team_member" add constraint "team_member_team_id_foreign" foreign key ("team_id") references "identity"."team" ("id") on delete cascade;`);
    this.addSql(`alter table "identity"."team_member" add constraint "team_member_user_id_foreign" foreign key ("user_id") references "identity"."user" ("id") on delete cascade;`);

    this.addSql(`alter table "identity"."session" add constraint "session_user_id_foreign" foreign key ("user_id") references "identity"."user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "identity"."team_member" drop constraint "team_member_team_id_foreign";`);
    this.addSql(`alter table "identity"."team_member" drop constraint "team_member_user_id_foreign";`);
    this.addSql(`alter table "identity"."session" drop constraint "session_user_id_foreign";`);

    this.addSql(`drop table if exists "identity"."team" cascade;`);
    this.addSql(`drop table if exists "identity"."user" cascade;`);
    this.addSql(`drop table if exists "identity"."team_member" cascade;`);
    this.addSql(`drop table if exists "identity"."session" cascade;`);

    this.addSql(`drop schema if exists "identity";`);
  }

}
