import { Migration } from '@mikro-orm/migrations';

export class Migration20261207164424 extends Migration {

  override name = 'Migration20261207164424';

  override up(): void | Promise<void> {
    this.addSql(`create table "timesheets"."capacity_override" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "user_id" uuid not null, "from" date not null, "to" date null, "hours_per_week" double precision not null, "working_days" smallint[] not null, primary key ("id"));`);
    this.addSql(`create index "capacity_override_workspace_id_user_id_from_index" on "timesheets"."capacity_override" ("workspace_id", "user_id", "from");`);

    this.addSql(`create table "timesheets"."non_working_day" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "date" date not null, "name" text not null, "user_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "non_working_day_workspace_id_date_index" on "timesheets"."non_working_day" ("workspace_id", "date");`);

    this.addSql(`create table "timesheets"."time_settings" ("workspace_id" uuid not null, "hours_per_week" double precision not null default 40, "working_days" smallint[] not null, "time_zone" text not null default 'UTC', "version" int not null default 1, primary key ("workspace_id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "timesheets"."capacity_override" cascade;`);
    this.addSql(`drop table if exists "timesheets"."non_working_day" cascade;`);
    this.addSql(`drop table if exists "timesheets"."time_settings" cascade;`);
  }

}
