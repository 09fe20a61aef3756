import { Migration } from '@mikro-orm/migrations';

export class Migration20261207191211 extends Migration {

  override name = 'Migration20261207191211';

  override up(): void | Promise<void> {
    // TEAM_OVERLOAD: teams' utilisation as timesheets publishes it, each project's team, and a risk's evidence.
    this.addSql(`create table "insights"."team_utilization" ("workspace_id" uuid not null, "team_id" uuid not null, "period_from" date not null, "period_to" date not null, "utilization" double precision null, "logged_hours" double precision not null, "capacity_hours" double precision not null, "member_count" int not null, "as_of" timestamptz not null, "event_id" uuid not null, primary key ("workspace_id", "team_id"));`);

    this.addSql(`alter table "insights"."project_facts" add "team_id" uuid null;`);
    this.addSql(`create index "project_facts_workspace_id_team_id_index" on "insights"."project_facts" ("workspace_id", "team_id");`);

    this.addSql(`alter type "insights"."risk_rule" add value if not exists 'TEAM_OVERLOAD' after 'BLOCKED_TASKS';`);
    this.addSql(`alter table "insights"."risk_assessment" add "evidence" jsonb null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "insights"."team_utilization" cascade;`);

    this.addSql(`drop index "insights"."project_facts_workspace_id_team_id_index";`);
    this.addSql(`alter table "insights"."project_facts" drop column "team_id";`);

    this.addSql(`alter table "insights"."risk_assessment" drop column "evidence";`);
  }

}
