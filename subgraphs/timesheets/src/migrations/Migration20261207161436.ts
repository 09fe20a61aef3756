import { Migration } from '@mikro-orm/migrations';

export class Migration20261207161436 extends Migration {

  override name = 'Migration20261207161436';

  override up(): void | Promise<void> {
    this.addSql(`create table "timesheets"."weekly_timesheet" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "version" int not null default 1, "user_id" uuid not null, "week_start" date not null, "status" text not null default 'DRAFT', "submitted_at" timestamptz null, "decided_at" timestamptz null, "decided_by_id" uuid null, "rejection_reason" text null, primary key ("id"));`);
    this.addSql(`create index "weekly_timesheet_workspace_id_status_week_start_index" on "timesheets"."weekly_timesheet" ("workspace_id", "status", "week_start");`);
    this.addSql(`alter table "timesheets"."weekly_timesheet" add constraint "weekly_timesheet_workspace_id_user_id_week_start_unique" unique ("workspace_id", "user_id", "week_start");`);

    this.addSql(`create table "timesheets"."timesheet_transition" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "timesheet_id" uuid not null, "from" text not null, "to" text not null, "actor_id" uuid not null, "reason" text null, primary key ("id"));`);
    this.addSql(`create index "timesheet_transition_workspace_id_timesheet_id_created_at_index" on "timesheets"."timesheet_transition" ("workspace_id", "timesheet_id", "created_at");`);

    this.addSql(`alter table "timesheets"."weekly_timesheet" add constraint "weekly_timesheet_status_check" check ("status" in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED'));`);

    this.addSql(`alter table "timesheets"."timesheet_transition" add constraint "timesheet_transition_timesheet_id_foreign" foreign key ("timesheet_id") references "timesheets"."weekly_timesheet" ("id") on delete cascade;`);
    this.addSql(`alter table "timesheets"."timesheet_transition" add constraint "timesheet_transition_from_check" check ("from" in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED'));`);
    this.addSql(`alter table "timesheets"."timesheet_transition" add constraint "timesheet_transition_to_check" check ("to" in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "timesheets"."timesheet_transition" drop constraint "timesheet_transition_timesheet_id_foreign";`);

    this.addSql(`drop table if exists "timesheets"."weekly_timesheet" cascade;`);
    this.addSql(`drop table if exists "timesheets"."timesheet_transition" cascade;`);
  }

}
