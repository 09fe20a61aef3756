import { Migration } from '@mikro-orm/migrations';

export class Migration20261202045012 extends Migration {

  override name = 'Migration20261202045012';

  override up(): void | Promise<void> {
    this.addSql(`create table "portfolio"."workflow" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "version" int not null default 1, "project_id" uuid not null, "columns" jsonb not null, primary key ("id"));`);
    this.addSql(`alter table "portfolio"."workflow" add constraint "workflow_workspace_id_project_id_unique" unique ("workspace_id", "project_id");`);

    this.addSql(`drop index "portfolio"."task_workspace_id_project_id_status_index";`);
    // Boards: every existing task gets a rank in its (project, status) column, oldest first, as
    // 'c' + three base-62 digits (fractional-rank.ts; its tests check this scheme). Row-Level Security
    // is forced on the table once the subgraph has started: lifted for the owner while backfilling.
    this.addSql(`alter table "portfolio"."task" add "rank" varchar(64) collate "C" null;`);
    this.addSql(`alter table "portfolio"."task" no force row level security;`);
    this.addSql(`with numbered as (
        select id, (row_number() over (partition by workspace_id, project_id, status order by created_at, id) - 1)::int as n
          from "portfolio"."task")
      update "portfolio"."task" t
         set "rank" = 'c' || substr(d.digits, (numbered.n / 3844) % 62 + 1, 1)
                          || substr(d.digits, (numbered.n / 62) % 62 + 1, 1)
                          || substr(d.digits, numbered.n % 62 + 1, 1)
        from numbered, (select '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'::text as digits) d
       where t.id = numbered.id;`);
    this.addSql(`alter table "portfolio"."task" alter column "rank" set not null;`);
    this.addSql(`alter table "portfolio"."task" force row level security;`);
    this.addSql(`alter table "portfolio"."task" add constraint "task_board_rank_unique" unique ("workspace_id", "project_id", "status", "rank") deferrable initially deferred;`);

    this.addSql(`alter table "portfolio"."workflow" add constraint "workflow_project_id_foreign" foreign key ("project_id") references "portfolio"."project" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "portfolio"."workflow" cascade;`);

    this.addSql(`alter table "portfolio"."task" drop constraint "task_board_rank_unique";`);
    this.addSql(`alter table "portfolio"."task" drop column "rank";`);
    this.addSql(`create index "task_workspace_id_project_id_status_index" on "portfolio"."task" ("workspace_id", "project_id", "status");`);
  }

}
