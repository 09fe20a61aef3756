import { Migration } from '@mikro-orm/migrations';

export class Migration20261202053846 extends Migration {

  override name = 'Migration20261202053846';

  override up(): void | Promise<void> {
    // Projects: workspace-defined categories, status updates (health history), baseline dates, budget, team, archiving.
    this.addSql(`create table "portfolio"."project_category" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "version" int not null default 1, "name" varchar(80) not null, "name_key" varchar(80) not null, "color" varchar(7) null, primary key ("id"));`);
    this.addSql(`alter table "portfolio"."project_category" add constraint "project_category_workspace_id_name_key_unique" unique ("workspace_id", "name_key");`);

    this.addSql(`create table "portfolio"."project_status_update" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "project_id" uuid not null, "author_id" uuid not null, "health" "portfolio"."project_health" not null, "text" text not null, primary key ("id"));`);
    this.addSql(`create index "project_status_update_workspace_id_project_id_created_at_index" on "portfolio"."project_status_update" ("workspace_id", "project_id", "created_at");`);

    this.addSql(`alter table "portfolio"."project" add "category_id" uuid null, add "baseline_start_date" date null, add "baseline_end_date" date null, add "baseline_set_at" timestamptz null, add "budget_amount" numeric(18,4) null, add "budget_currency" varchar(3) null, add "team_id" uuid null, add "archived_at" timestamptz null;`);
    // The free-text categories become the workspace's categories: one per workspace and name (ignoring
    // case and surrounding blanks), named as first written. Row-Level Security is forced on project once
    // the subgraph has started: lifted for the owner while backfilling.
    this.addSql(`alter table "portfolio"."project" no force row level security;`);
    this.addSql(`insert into "portfolio"."project_category" ("id", "workspace_id", "name", "name_key")
      select gen_random_uuid(), workspace_id, name, lower(name)
        from (select distinct on (workspace_id, lower(btrim(category))) workspace_id, left(btrim(category), 80) as name
                from "portfolio"."project"
               where btrim(coalesce(category, '')) <> ''
               order by workspace_id, lower(btrim(category)), created_at) named;`);
    this.addSql(`update "portfolio"."project" p set "category_id" = c.id
        from "portfolio"."project_category" c
       where c.workspace_id = p.workspace_id and c.name_key = lower(left(btrim(p.category), 80));`);
    this.addSql(`alter table "portfolio"."project" force row level security;`);
    this.addSql(`alter table "portfolio"."project" drop column "category";`);
    this.addSql(`alter table "portfolio"."project" add constraint "project_category_id_foreign" foreign key ("category_id") references "portfolio"."project_category" ("id") on delete restrict;`);
    this.addSql(`alter table "portfolio"."project" add constraint "project_budget_complete" check ((budget_amount is null) = (budget_currency is null));`);
    this.addSql(`create index "project_workspace_id_category_id_index" on "portfolio"."project" ("workspace_id", "category_id");`);

    this.addSql(`alter table "portfolio"."project_status_update" add constraint "project_status_update_project_id_foreign" foreign key ("project_id") references "portfolio"."project" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "portfolio"."project" add "category" varchar(80) null;`);
    this.addSql(`alter table "portfolio"."project" no force row level security;`);
    this.addSql(`update "portfolio"."project" p set "category" = c.name from "portfolio"."project_category" c where c.id = p.category_id;`);
    this.addSql(`alter table "portfolio"."project" force row level security;`);
    this.addSql(`alter table "portfolio"."project" drop constraint "project_category_id_foreign";`);
    this.addSql(`alter table "portfolio"."project" drop constraint "project_budget_complete";`);

    this.addSql(`drop table if exists "portfolio"."project_category" cascade;`);
    this.addSql(`drop table if exists "portfolio"."project_status_update" cascade;`);

    this.addSql(`drop index "portfolio"."project_workspace_id_category_id_index";`);
    this.addSql(`alter table "portfolio"."project" drop column "category_id", drop column "baseline_start_date", drop column "baseline_end_date", drop column "baseline_set_at", drop column "budget_amount", drop column "budget_currency", drop column "team_id", drop column "archived_at";`);
  }

}
